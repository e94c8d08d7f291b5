<?php
/**
 * Plugin Name: Lectern front end
 * Description: Names the site language in the REST API's index, and sends the theme's pages to the
 *              blog's Lectern address; the REST API, the admin, logins, feeds and editors' previews
 *              stay WordPress's. Install as a must-use plugin
 *              (wp-content/mu-plugins/lectern-front-end.php) and name the address in wp-config.php:
 *              define( 'LECTERN_URL', 'https://example.org' );
 * License: MIT
 *
 * Lectern's server answers WordPress's old addresses (/?p=123, /2020/09/14/a-post/, /category/x/…)
 * with a 301 to its own, so a reader sent there with the same path lands on the same post.
 */

if ( ! defined( 'ABSPATH' ) ) {
	return;
}

// The site language (Settings → General → Site Language, "de-DE") in the REST API's index, where
// Lectern reads it to speak the blog's language: WordPress's index does not carry it. Added whether
// or not LECTERN_URL is set, so a blog can use it before it moves.
add_filter(
	'rest_index',
	function ( $response ) {
		$response->data['language'] = get_bloginfo( 'language' );
		return $response;
	}
);

if ( ! defined( 'LECTERN_URL' ) ) {
	return;
}

// Only page views reach template_redirect: REST requests, the admin and wp-login.php never do. Early
// (priority 1), before WordPress's own canonical redirects would send /?p=123 to a pretty permalink here.
add_action(
	'template_redirect',
	function () {
		// Feeds stay here (Lectern sends its feed addresses to them); so do previews of drafts.
		if ( is_feed() || is_preview() ) {
			return;
		}
		$path = isset( $_SERVER['REQUEST_URI'] ) ? wp_unslash( $_SERVER['REQUEST_URI'] ) : '/';
		wp_redirect( untrailingslashit( LECTERN_URL ) . '/' . ltrim( $path, '/' ), 301, 'Lectern' );
		exit;
	},
	1
);
