<?php
/**
 * Installs WordPress into an empty MariaDB database and seeds it, with WordPress's own PHP (php-cli):
 *
 *   php wordpress-seed.php <wp-config.php> <seed.json> <result.json>
 *
 * <wp-config.php> is the throwaway config written by tests/e2e/support/wordpress.ts (database on a
 * private socket, WP_HOME, ABSPATH of Debian's /usr/share/wordpress). It is loaded instead of
 * wp-load.php, because Debian's wp-config.php only reads /etc/wordpress/config-<host>.php.
 *
 * <seed.json> says what to create: the site (title, tagline, time zone), users (the first becomes the
 * administrator wp_install() creates), posts with dates in the site's zone, categories and tags, and
 * comments threaded by `parent` (the key of an earlier comment of the same post). The ids WordPress
 * gave them are written to <result.json>: { users: {login: id}, posts: {key: {id, slug, link}},
 * comments: {key: id} }. Errors go to stderr with exit code 1.
 */

if (PHP_SAPI !== 'cli' || $argc !== 4) {
    fwrite(STDERR, "usage: php wordpress-seed.php <wp-config.php> <seed.json> <result.json>\n");
    exit(2);
}
[, $configFile, $seedFile, $resultFile] = $argv;

function fail(string $message): never
{
    fwrite(STDERR, "wordpress-seed.php: $message\n");
    exit(1);
}

$seed = json_decode((string) file_get_contents($seedFile), true);
if (!is_array($seed)) fail("cannot read $seedFile");

define('WP_INSTALLING', true);
require $configFile;

// wpdb does not create its database: do it first, on the same socket.
[$dbHost, $dbSocket] = array_pad(explode(':', DB_HOST, 2), 2, null);
mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);
$mysqli = new mysqli($dbHost, DB_USER, DB_PASSWORD, '', 0, $dbSocket);
$mysqli->query('CREATE DATABASE IF NOT EXISTS `' . DB_NAME . '` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
$mysqli->close();
mysqli_report(MYSQLI_REPORT_OFF);

require_once ABSPATH . 'wp-settings.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/taxonomy.php';

// No HTTP from here: wp_install() would probe the (not yet running) site for pretty permalinks.
add_filter('pre_http_request', fn() => new WP_Error('offline', 'The seed script makes no HTTP requests'));
// Nor mail: wp_install() tells the new administrator, and there may be no sendmail.
add_filter('pre_wp_mail', '__return_false');

$users = $seed['users'] ?? [];
$admin = $users[0] ?? fail('seed.users is empty');
$installed = wp_install(
    $seed['site']['title'],
    $admin['login'],
    $admin['email'],
    true,
    '',
    wp_generate_password(24)
);
if (is_wp_error($installed)) fail($installed->get_error_message());

// A clean slate: no "Hello world!", sample page, privacy page draft or sample comment.
foreach (get_posts(['post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1]) as $post) {
    wp_delete_post($post->ID, true);
}

update_option('blogdescription', $seed['site']['description']);
update_option('timezone_string', $seed['site']['timeZone']);
update_option('gmt_offset', '');
// Settings → General → Site Language ("de_DE"); WordPress says it without its language pack too.
if (!empty($seed['site']['language'])) update_option('WPLANG', $seed['site']['language']);
// Any structure but "Plain" makes /wp-json/ answer (docs/backends.md); soft flush: no .htaccess.
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%postname%/');
$wp_rewrite->flush_rules(false);

$result = ['users' => [], 'posts' => [], 'comments' => []];

foreach ($users as $i => $user) {
    $fields = [
        'user_login' => $user['login'],
        'user_email' => $user['email'],
        'display_name' => $user['displayName'],
        'nickname' => $user['displayName'],
        'description' => $user['bio'],
        'user_url' => $user['url'] ?? '',
        'role' => $i === 0 ? 'administrator' : 'author',
    ];
    if ($i === 0) {
        $fields['ID'] = $installed['user_id'];
        $id = wp_update_user($fields);
    } else {
        $fields['user_pass'] = wp_generate_password(24);
        $id = wp_insert_user($fields);
    }
    if (is_wp_error($id)) fail("user {$user['login']}: " . $id->get_error_message());
    $result['users'][$user['login']] = $id;
}

$categoryIds = [];
foreach ($seed['categories'] ?? [] as $name) {
    $id = wp_create_category($name);
    if (!$id) fail("category $name");
    $categoryIds[$name] = (int) $id;
}

foreach ($seed['posts'] ?? [] as $post) {
    $author = $result['users'][$post['author']] ?? fail("post {$post['key']}: unknown author {$post['author']}");
    $id = wp_insert_post([
        'post_type' => 'post',
        'post_status' => 'publish',
        'post_title' => $post['title'],
        'post_content' => $post['content'],
        'post_author' => $author,
        // In the site's zone; WordPress derives post_date_gmt from it.
        'post_date' => $post['date'],
        'post_category' => array_map(
            fn($name) => $categoryIds[$name] ?? fail("post {$post['key']}: unknown category $name"),
            $post['categories']
        ),
        'tags_input' => $post['tags'],
        'comment_status' => $post['commentStatus'] ?? 'open',
        'post_password' => $post['password'] ?? '',
        // A slug of its own (a Greek one is stored percent-encoded, as WordPress does).
        'post_name' => isset($post['slug']) ? sanitize_title($post['slug']) : '',
    ], true);
    if (is_wp_error($id)) fail("post {$post['key']}: " . $id->get_error_message());
    if (!empty($post['sticky'])) stick_post($id);
    $saved = get_post($id);
    $result['posts'][$post['key']] = ['id' => $id, 'slug' => $saved->post_name, 'link' => get_permalink($id)];

    $commentIds = [];
    foreach ($post['comments'] ?? [] as $comment) {
        $parent = isset($comment['parent'])
            ? ($commentIds[$comment['parent']] ?? fail("comment {$comment['key']}: parent {$comment['parent']} comes later"))
            : 0;
        $commentId = wp_insert_comment([
            'comment_post_ID' => $id,
            'comment_parent' => $parent,
            'comment_author' => $comment['author'],
            'comment_author_email' => $comment['email'] ?? '',
            'comment_author_url' => $comment['url'] ?? '',
            'comment_content' => $comment['content'],
            'comment_date' => $comment['date'],
            'comment_date_gmt' => get_gmt_from_date($comment['date']),
            'comment_approved' => 1,
            'comment_type' => $comment['type'] ?? 'comment',
        ]);
        if (!$commentId) fail("comment {$comment['key']} was not saved");
        $commentIds[$comment['key']] = $commentId;
        $result['comments'][$comment['key']] = $commentId;
    }
}

// Pages, each under an earlier one when it names a `parent` key.
$result['pages'] = [];
foreach ($seed['pages'] ?? [] as $page) {
    $parent = isset($page['parent'])
        ? ($result['pages'][$page['parent']]['id'] ?? fail("page {$page['key']}: parent {$page['parent']} comes later"))
        : 0;
    $id = wp_insert_post([
        'post_type' => 'page',
        'post_status' => 'publish',
        'post_title' => $page['title'],
        'post_name' => $page['slug'],
        'post_content' => $page['content'],
        'post_parent' => $parent,
        'post_author' => $result['users'][$users[0]['login']],
    ], true);
    if (is_wp_error($id)) fail("page {$page['key']}: " . $id->get_error_message());
    $result['pages'][$page['key']] = ['id' => $id, 'link' => get_permalink($id)];
}

if (file_put_contents($resultFile, json_encode($result, JSON_PRETTY_PRINT)) === false) {
    fail("cannot write $resultFile");
}
