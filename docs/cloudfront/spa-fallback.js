// CloudFront Function (runtime cloudfront-js-2.0), event type viewer-request, on the distribution's
// default behavior. Page addresses of the blog (/, /2020/09/some-post.html, /profile/x,
// /search/label/x) are not files in the bucket: they are answered with /index.html, and the app draws
// the page. Anything else with an extension (/assets/…, /config.json, images, feeds) goes to the
// bucket as asked, so a missing file stays an error instead of becoming the app's HTML.
// (CloudFront's "custom error responses" cannot do this: they apply to every path of the
// distribution, and a private bucket answers 403 for a missing key, not 404.)
function isPageAddress(uri) {
  // Labels, searches and profiles are pages whatever their last segment looks like (a label "Node.js").
  if (/^\/(search|label|profile)(\/|$)/.test(uri)) return true;
  var last = uri.slice(uri.lastIndexOf('/') + 1);
  var dot = last.lastIndexOf('.');
  return dot === -1 || last.slice(dot) === '.html';
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- CloudFront calls it by name
async function handler(event) {
  var request = event.request;
  if (isPageAddress(request.uri) && request.uri !== '/index.html') request.uri = '/index.html';
  return request;
}
