/**
 * Constructed pages for attribution on the common publishing platforms and themes, as their default markup looks:
 * WordPress (Twenty Twenty-Four block theme, Twenty Twenty-One, GeneratePress, Astra, tagDiv's Newspaper, the AMP
 * plugin's legacy template), Ghost's Casper, Substack, Medium, Hugo and Jekyll themes, Arc XP, Drupal, Joomla, TYPO3's
 * news extension, government press releases and shop product pages (Shopify, WooCommerce, Magento). Each is written
 * here from general knowledge of the platform's default templates (class names, the order of the meta line, what the
 * CMS prints for a login), not copied from any site; names, outlets and stories are made up.
 */
import { AttributionPage, doc, paras } from './attribution-pages';

const EN = [
  'The city council voted on Tuesday night to rebuild the crumbling harbour wall over the next two years, ending months of debate.',
  'The work is expected to cost about twelve million dollars, most of it paid for by the state, a spokesman for the governor said.',
  'Residents welcomed the decision but worried about night-time construction, which is planned so that ferry traffic is not disrupted.',
  'Storms last winter damaged the wall in several places, and parts of the quay have been closed to pedestrians since January.',
];
const DE = [
  'Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, die marode Hafenmauer in den kommenden zwei Jahren vollständig zu erneuern.',
  'Die Kosten werden auf rund zwölf Millionen Euro geschätzt, wovon das Land einen großen Teil übernehmen will, wie ein Sprecher des Ministeriums bestätigte.',
  'Schon im vergangenen Winter hatten Sturmfluten die Mauer an mehreren Stellen beschädigt, sodass Teile des Kais für Fußgänger gesperrt werden mussten.',
];

/** WordPress Twenty Twenty-Four (block theme): post-title, "by" paragraph before post-author-name, post-date, terms, comments block, query loop. */
const wpTwentyTwentyFour: AttributionPage = {
  name: 'WordPress Twenty Twenty-Four: wp-block-post-author-name after a "by" paragraph, wp-block-post-date, comment blocks, query loop',
  url: 'https://harbornotes.example/harbor-wall-will-be-rebuilt/',
  html: doc(
    'en-US',
    `<title>The harbor wall will be rebuilt &#8211; Harbor Notes</title><meta name="generator" content="WordPress 6.5">`,
    `<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a href="https://harbornotes.example" rel="home">Harbor Notes</a></p>
<nav class="wp-block-navigation"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a href="/about/">About</a></li></ul></nav></div></header>
<main class="wp-block-group"><div class="wp-block-group"><h1 class="has-text-align-left wp-block-post-title">The harbor wall will be rebuilt</h1></div>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">${paras(EN)}</div>
<div class="wp-block-group"><div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="2022-05-03T10:32:00-04:00"><a href="/harbor-wall-will-be-rebuilt/">May 3, 2022</a></time></div>
<p class="has-contrast-2-color">— by</p><div class="wp-block-post-author-name"><a href="https://harbornotes.example/author/janeroe/" target="_self" class="wp-block-post-author-name__link">Jane Roe</a></div>
<p class="has-contrast-2-color">in</p><div class="taxonomy-category wp-block-post-terms"><a href="/category/news/" rel="tag">News</a></div></div></div>
<div class="wp-block-comments"><h2 class="wp-block-heading">Comments</h2><ol class="wp-block-comment-template"><li id="comment-7" class="comment even thread-even depth-1">
<div class="wp-block-group"><div class="wp-block-comment-author-name"><a rel="external nofollow ugc" href="https://bobsmith.example" target="_self">Bob Smith</a></div>
<div class="wp-block-comment-date"><time datetime="2022-05-04T09:12:00-04:00"><a href="#comment-7">May 4, 2022 at 9:12 am</a></time></div>
<div class="wp-block-comment-content"><p>About time they fixed it.</p></div><div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-7">Reply</a></div></div></li></ol>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3></div></div>
<nav class="wp-block-group" aria-label="Post navigation"><div class="post-navigation-link-previous wp-block-post-navigation-link"><a href="/ferry/" rel="prev">Ferry schedule cut for the summer</a></div></nav>
<div class="wp-block-group"><h2 class="wp-block-heading">More posts</h2><div class="wp-block-query"><ul class="wp-block-post-template"><li class="wp-block-post post-9 post type-post">
<h2 class="wp-block-post-title"><a href="/ferry/" target="_self">Ferry schedule cut for the summer</a></h2><div class="wp-block-post-date"><time datetime="2022-04-20T09:00:00-04:00">Apr 20, 2022</time></div></li></ul></div></div></main>
<footer class="wp-block-template-part"><p class="has-text-align-center">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></footer></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** WordPress Twenty Twenty-One: the post's meta in entry-footer below the content ("Published …", "By …", "Categorized as"). */
const wpTwentyTwentyOne: AttributionPage = {
  name: 'WordPress Twenty Twenty-One: "Published May 3, 2022 By Jane Roe" in entry-footer below the content, "Categorized as", comments',
  url: 'https://harbornotes.example/2022/05/03/harbor-wall/',
  html: doc(
    'en-US',
    `<title>The harbor wall will be rebuilt &#8211; Harbor Notes</title>`,
    `<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Harbor Notes</a></p></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-15" class="post-15 post type-post status-publish format-standard hentry category-news entry">
<header class="entry-header alignwide"><h1 class="entry-title">The harbor wall will be rebuilt</h1></header>
<div class="entry-content">${paras(EN)}</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="2022-05-03T10:32:00-04:00">May 3, 2022</time></span><span class="byline">By <a href="https://harbornotes.example/author/jane-roe/" rel="author">Jane Roe</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/news/" rel="category tag">News</a></span></div></footer></article>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">1 comment</h2><ol class="comment-list"><li id="comment-3" class="comment even thread-even depth-1"><article id="div-comment-3" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn"><a href="https://bobsmith.example" class="url">Bob Smith</a></b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-3"><time datetime="2022-05-04T09:12:00-04:00">May 4, 2022 at 9:12 am</time></a></div></footer><div class="comment-content"><p>About time.</p></div></article></li></ol></div>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/ferry/" rel="prev"><p class="meta-nav">Previous post</p><p class="post-title">Ferry schedule cut</p></a></div></div></nav>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** GeneratePress: the "updated" time printed before the published one inside posted-on, author-name in itemprop=author. */
const wpGeneratePress: AttributionPage = {
  name: 'WordPress GeneratePress: <time class="updated"> before <time class="entry-date published">, "by" author vcard, itemprop dates',
  url: 'https://harbornotes.example/harbor-wall-rebuilt/',
  html: doc(
    'en-US',
    `<title>The harbor wall will be rebuilt - Harbor Notes</title>`,
    `<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">Harbor Notes</a></p></div></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-21" class="post-21 post type-post status-publish format-standard hentry category-news" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">The harbor wall will be rebuilt</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2022-05-04T08:15:00-04:00" itemprop="dateModified">May 4, 2022</time><time class="entry-date published" datetime="2022-05-03T10:32:00-04:00" itemprop="datePublished">May 3, 2022</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://harbornotes.example/author/jane-roe/" title="View all posts by Jane Roe" rel="author" itemprop="url"><span class="author-name" itemprop="name">Jane Roe</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">${paras(EN)}</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/news/" rel="category tag">News</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/ferry/" rel="prev">Ferry schedule cut</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3></div></div></div></main></div></div></div>
<div class="site-footer"><footer class="site-info"><div class="copyright-bar">&copy; 2022 Harbor Notes &bull; Built with GeneratePress</div></footer></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
  modified: '2022-05-04',
};

/** Astra: "By <author-name> / <published> <updated>" in entry-meta; the theme's default author on a fresh site is the login. */
const wpAstra: AttributionPage = {
  name: 'WordPress Astra: entry-meta "By Jane Roe / May 3, 2022", published and updated spans, related posts with their authors',
  url: 'https://harbornotes.example/harbor-wall-astra/',
  html: doc(
    'en-US',
    `<title>The harbor wall will be rebuilt - Harbor Notes</title>`,
    `<div id="page" class="hfeed site"><header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead"><div class="site-branding"><span class="site-title"><a href="/" rel="home">Harbor Notes</a></span></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-30 post type-post status-publish format-standard hentry category-news ast-article-single" id="post-30" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">The harbor wall will be rebuilt</h1>
<div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by Jane Roe" href="https://harbornotes.example/author/jane-roe/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Jane Roe</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished"> May 3, 2022</span><span class="updated" itemprop="dateModified"> May 4, 2022</span></span></div></header>
<div class="entry-content clear" itemprop="text">${paras(EN)}</div></div></article>
<div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Related Posts</h2></div><div class="ast-related-posts-wrapper">
<article class="ast-related-post post-12 post type-post"><div class="ast-related-post-content"><header class="entry-header related-entry-header"><h3 class="ast-related-post-title entry-title"><a href="/ferry/" rel="bookmark">Ferry schedule cut</a></h3>
<div class="entry-meta ast-related-cat-style--none">By <span class="posted-by vcard author"><a href="/author/lisa-kubota/" rel="author" class="url fn n"><span class="author-name">Lisa Kubota</span></a></span> / <span class="posted-on"><span class="published">April 20, 2022</span></span></div></header></div></article></div></div>
</main></div></div></div><footer class="site-footer" id="colophon"><div class="ast-small-footer-section">Copyright &copy; 2022 Harbor Notes | Powered by Astra WordPress Theme</div></footer></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** tagDiv's Newspaper theme: td-post-author-name with a "By" div and a " - " div, td-post-date, views and comment counts, related rows. */
const wpNewspaper: AttributionPage = {
  name: 'WordPress Newspaper (tagDiv): td-post-author-name "By Jane Roe -", td-post-date, view count, td-related posts by others',
  url: 'https://harbordaily.example/2022/05/03/harbor-wall-will-be-rebuilt/',
  html: doc(
    'en-US',
    `<title>The harbor wall will be rebuilt | Harbor Daily</title><meta property="og:site_name" content="Harbor Daily">
<meta property="article:published_time" content="2022-05-03T14:32:00+00:00"><meta property="article:modified_time" content="2022-05-04T12:15:00+00:00">`,
    `<div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-wrap"><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><span class="td-visual-hidden">Harbor Daily</span></a></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Home</a></span> <span><a class="entry-crumb" href="/category/local/">Local</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-4521" class="post-4521 post type-post status-publish format-standard has-post-thumbnail category-local">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/local/">Local</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">The harbor wall will be rebuilt</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="https://harbordaily.example/author/jroe/">Jane Roe</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2022-05-03T14:32:00+00:00">May 3, 2022</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-4521">1342</span></div><div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="#"><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-twitter" href="#"><div class="td-social-but-text">Twitter</div></a></div></div>
<div class="td-post-content tagdiv-type">${paras(EN)}</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="/tag/harbor/">harbor</a></li></ul></div>
<div class="td-author-name vcard author"><a href="/author/jroe/">Jane Roe</a></div></footer></article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a><a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4>
<div class="td_block_inner"><div class="td-related-row"><div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="item-details"><h3 class="entry-title td-module-title"><a href="/ferry/" rel="bookmark">Ferry schedule cut for the summer</a></h3>
<div class="td-module-meta-info"><span class="td-post-author-name"><a href="/author/lkubota/">Lisa Kubota</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2022-04-20T09:00:00+00:00">April 20, 2022</time></span></div></div></div></div></div></div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3><p class="comment-notes">Please enter your comment!</p></div></div>
</div></div></div></div></div>
<div class="td-footer-wrapper"><div class="td-footer-bottom-full"><div class="footer-text-wrap">Harbor Daily covers the coast. <a href="/contact/">Contact us</a></div></div></div>
<div class="td-sub-footer-container"><div class="td-sub-footer-copy">&copy; Harbor Daily 2022</div></div></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
  modified: '2022-05-04',
};

/** The WordPress AMP plugin's legacy (Reader) template: amp-wp-byline with the author, amp-wp-posted-on printing "3 days ago". */
const wpAmpLegacy: AttributionPage = {
  name: 'WordPress AMP legacy template: amp-wp-byline, amp-wp-posted-on "2 days ago" with a datetime, amp-wp-footer',
  url: 'https://harbornotes.example/harbor-wall/amp/',
  html: doc(
    'en-US',
    `<title>The harbor wall will be rebuilt &#8211; Harbor Notes</title><link rel="canonical" href="https://harbornotes.example/harbor-wall/">`,
    `<header id="top" class="amp-wp-header"><div><a href="https://harbornotes.example/"><span class="amp-site-title">Harbor Notes</span></a></div></header>
<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">The harbor wall will be rebuilt</h1>
<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.gravatar.com/avatar/abc?s=72" alt="Jane Roe" width="24" height="24" layout="fixed" class="amp-wp-author-avatar"></amp-img><span class="amp-wp-author author vcard">Jane Roe</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="2022-05-03T14:32:00+00:00">2 days ago</time></div></header>
<div class="amp-wp-article-content">${paras(EN)}</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="/category/news/" rel="category tag">News</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="https://harbornotes.example/harbor-wall/#comments">Leave a Comment</a></div></footer></article>
<footer class="amp-wp-footer"><div><h2>Harbor Notes</h2><a href="#top" class="back-to-top">Back to top</a></div></footer>`,
    ' amp',
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** Divi (Elegant Themes): one post-meta line "by Jane Roe | May 3, 2022 | News | 0 comments", the theme's related and comment areas. */
const wpDivi: AttributionPage = {
  name: 'WordPress Divi: post-meta "by Jane Roe | May 3, 2022 | News | 0 comments" with rel=author, et_pb sections',
  url: 'https://harbornotes.example/harbor-wall-divi/',
  html: doc(
    'en-US',
    `<title>The harbor wall will be rebuilt | Harbor Notes</title>`,
    `<div id="page-container"><header id="main-header"><div class="container clearfix et_menu_container"><div class="logo_container"><a href="/"><img src="/logo.png" alt="Harbor Notes" id="logo"></a></div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area"><article id="post-55" class="et_pb_post post-55 post type-post status-publish format-standard hentry category-news">
<div class="et_post_meta_wrapper"><h1 class="entry-title">The harbor wall will be rebuilt</h1>
<p class="post-meta"> by <span class="author vcard"><a href="https://harbornotes.example/author/jane-roe/" title="Posts by Jane Roe" rel="author">Jane Roe</a></span> | <span class="published">May 3, 2022</span> | <a href="https://harbornotes.example/category/news/" rel="category tag">News</a> | <span class="comments-number"><a href="#respond">0 comments</a></span></p></div>
<div class="entry-content">${paras(EN)}</div></article></div>
<div id="sidebar"><div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent Posts</h4><ul><li><a href="/ferry/">Ferry schedule cut</a></li></ul></div></div></div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">Designed by <a href="https://www.elegantthemes.com">Elegant Themes</a> | Powered by <a href="https://www.wordpress.org">WordPress</a></div></div></div></footer></div></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** Divi with the install's account: "by admin | May 3, 2022 | Uncategorized | 0 comments". */
const wpDiviAdmin: AttributionPage = {
  name: 'WordPress Divi: post-meta "by admin | May 3, 2022 | Uncategorized | 0 comments" (a login) gives no byline',
  url: 'https://harbornotes.example/harbor-wall-divi-2/',
  html: doc(
    'en-US',
    `<title>The harbor wall will be rebuilt | Harbor Notes</title>`,
    `<div id="et-main-area"><div id="main-content"><div class="container"><div id="left-area"><article id="post-56" class="et_pb_post post-56 post type-post">
<div class="et_post_meta_wrapper"><h1 class="entry-title">The harbor wall will be rebuilt</h1>
<p class="post-meta"> by <span class="author vcard"><a href="https://harbornotes.example/author/admin/" title="Posts by admin" rel="author">admin</a></span> | <span class="published">May 3, 2022</span> | <a href="/category/uncategorized/" rel="category tag">Uncategorized</a> | <span class="comments-number"><a href="#respond">0 comments</a></span></p></div>
<div class="entry-content">${paras(EN)}</div></article></div></div></div></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: [],
  published: '2022-05-03',
};

/** Elementor Pro single-post template: theme-post-title widget, post-info list (author, date, time, terms, comments) with itemprops. */
const wpElementor: AttributionPage = {
  name: 'WordPress Elementor: elementor-post-info list with itemprop author/datePublished, "No Comments", post-navigation',
  url: 'https://harbornotes.example/harbor-wall-elementor/',
  html: doc(
    'en-US',
    `<title>The harbor wall will be rebuilt &#8211; Harbor Notes</title>`,
    `<div data-elementor-type="header" class="elementor elementor-location-header"><section class="elementor-section"><div class="elementor-widget-theme-site-logo"><a href="/"><img src="/logo.png" alt="Harbor Notes"></a></div></section></div>
<div data-elementor-type="single-post" data-elementor-id="120" class="elementor elementor-120 elementor-location-single post-58 post type-post status-publish">
<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading" data-widget_type="theme-post-title.default"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">The harbor wall will be rebuilt</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info" data-widget_type="post-info.default"><div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="author"><a href="https://harbornotes.example/author/jane-roe/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-user-circle"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Jane Roe</span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-b2 elementor-inline-item" itemprop="datePublished"><a href="/2022/05/03/"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">May 3, 2022</span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-c3 elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time">10:32 am</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-d4 elementor-inline-item" itemprop="commentCount"><a href="#respond"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">No Comments</span></a></li></ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content" data-widget_type="theme-post-content.default"><div class="elementor-widget-container">${paras(EN)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-post-navigation"><div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="/ferry/" rel="prev"><span class="post-navigation__prev--label">Previous</span><span class="post-navigation__prev--title">Ferry schedule cut</span></a></div></div></div>
</div></div></div></section></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** Blogger in English: "Posted by Jane Roe at 10:32 AM", "No comments:", labels, the date header above the post. */
const bloggerEnglish: AttributionPage = {
  name: 'Blogger (English): date-header "Tuesday, May 3, 2022", post-footer "Posted by Jane Roe at 10:32 AM", "No comments:", Labels',
  url: 'https://harbornotes.blogspot.com/2022/05/harbor-wall.html',
  html: doc(
    'en',
    `<title>Harbor Notes: The harbor wall will be rebuilt</title><meta property="og:title" content="The harbor wall will be rebuilt">`,
    `<div class="header"><h1 class="title"><a href="https://harbornotes.blogspot.com/">Harbor Notes</a></h1></div>
<div class="main-inner"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>Tuesday, May 3, 2022</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">The harbor wall will be rebuilt</h3>
<div class="post-header"><div class="post-header-line-1"></div></div><div class="post-body entry-content">${EN.join('<br><br>')}</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">Jane Roe</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="#"><abbr class="published" title="2022-05-03T10:32:00-04:00">10:32 AM</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="#comment-form">No comments:</a></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/harbor" rel="tag">harbor</a></span></div></div></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/2022/05/ferry.html">Newer Post</a></span> <a class="home-link" href="https://harbornotes.blogspot.com/">Home</a></div></div></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** Joomla 4 in German with created and modified dates shown: "Erstellt: 03. Mai 2022", "Zuletzt aktualisiert: 04. Mai 2022", "Geschrieben von: Super User". */
const joomlaGermanDates: AttributionPage = {
  name: 'Joomla 4 German: "Geschrieben von: Super User", "Erstellt: 03. Mai 2022", "Zuletzt aktualisiert: 04. Mai 2022", "Zugriffe: 9"',
  url: 'https://www.feuerwehr-hafenstadt.example/index.php/aktuelles/31-hafenmauer',
  html: doc(
    'de-de',
    `<title>Hafenmauer wird erneuert</title>`,
    `<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h1 itemprop="headline">Hafenmauer wird erneuert</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Geschrieben von: <span itemprop="name">Super User</span></dd>
<dd class="create"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2022-05-03T10:32:00+02:00" itemprop="dateCreated">Erstellt: 03. Mai 2022</time></dd>
<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2022-05-04T08:15:00+02:00" itemprop="dateModified">Zuletzt aktualisiert: 04. Mai 2022</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:9">Zugriffe: 9</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">${paras(DE)}</div></div></main>`,
  ),
  title: 'Hafenmauer wird erneuert',
  authors: [],
  published: '2022-05-03',
  modified: '2022-05-04',
};

/** OceanWP: meta list with screen-reader labels ("Post author:", "Post published:", "Post category:") before each item. */
const wpOceanWp: AttributionPage = {
  name: 'WordPress OceanWP: ul.meta with screen-reader labels "Post author:", "Post published:", "Post category:", "No Comments"',
  url: 'https://harbornotes.example/harbor-wall-oceanwp/',
  html: doc(
    'en-US',
    `<title>The harbor wall will be rebuilt &#8211; Harbor Notes</title>`,
    `<div id="outer-wrap"><div id="wrap"><header id="site-header" class="clr"><div id="site-logo"><a href="/" rel="home" class="site-logo-text">Harbor Notes</a></div></header>
<main id="main" class="site-main clr"><div id="content-wrap" class="container clr"><div id="primary" class="content-area clr"><div id="content" class="site-content clr"><article id="post-60" class="single-post-article clr">
<header class="entry-header clr"><h2 class="single-post-title entry-title">The harbor wall will be rebuilt</h2></header>
<ul class="meta ospm-default clr"><li class="meta-author"><span class="screen-reader-text">Post author:</span><i class="icon-user" aria-hidden="true"></i><a href="https://harbornotes.example/author/jane-roe/" title="Posts by Jane Roe" rel="author">Jane Roe</a></li>
<li class="meta-date"><span class="screen-reader-text">Post published:</span><i class="icon-clock" aria-hidden="true"></i>May 3, 2022</li>
<li class="meta-cat"><span class="screen-reader-text">Post category:</span><i class="icon-folder" aria-hidden="true"></i><a href="/category/news/" rel="category tag">News</a></li>
<li class="meta-comments"><span class="screen-reader-text">Post comments:</span><i class="icon-bubble" aria-hidden="true"></i><a href="#respond" class="comments-link">No Comments</a></li></ul>
<div class="entry-content clr">${paras(EN)}</div></article></div></div></div></main></div></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** A classic theme's one-line meta: "Posted by Jane Roe in News | May 3, 2022 | Leave a comment". */
const wpPostedByIn: AttributionPage = {
  name: 'WordPress classic theme: entry-meta "Posted by Jane Roe in News | May 3, 2022 | Leave a comment"',
  url: 'https://harbornotes.example/harbor-wall-classic/',
  html: doc(
    'en-US',
    `<title>The harbor wall will be rebuilt | Harbor Notes</title>`,
    `<div id="content"><div class="post-60 post type-post hentry"><h2 class="entry-title">The harbor wall will be rebuilt</h2>
<div class="entry-meta">Posted by <a href="/author/jane-roe/" title="Posts by Jane Roe" rel="author">Jane Roe</a> in <a href="/category/news/" rel="category tag">News</a> | <span class="entry-date">May 3, 2022</span> | <a href="#respond">Leave a comment</a></div>
<div class="entry-content">${paras(EN)}</div></div></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** Ghost with two authors: author-list with two avatars, "Jane Roe, John Smith" in author-name. */
const ghostTwoAuthors: AttributionPage = {
  name: 'Ghost Casper with two authors: author-name "Jane Roe, John Smith", byline-meta-date',
  url: 'https://harbor-letters.example/harbor-wall-two/',
  html: doc(
    'en',
    `<title>The harbor wall will be rebuilt</title>`,
    `<main id="site-main" class="site-main"><article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">The harbor wall will be rebuilt</h1>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/jane/" class="author-avatar"><img class="author-profile-image" src="/j.jpg" alt="Jane Roe"></a></li><li class="author-list-item"><a href="/author/john/" class="author-avatar"><img class="author-profile-image" src="/s.jpg" alt="John Smith"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/jane/">Jane Roe</a>, <a href="/author/john/">John Smith</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2022-05-03">May 3, 2022</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div></header>
<section class="gh-content gh-canvas">${paras(EN)}</section></article></main>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe', 'John Smith'],
  published: '2022-05-03',
};

/** Medium story in a publication: "Published in Harbor Notes" beside the author, the publication's own "Follow". */
const mediumPublication: AttributionPage = {
  name: 'Medium story in a publication: authorName, "Published in Harbor Notes", "5 min read · May 3, 2022"',
  url: 'https://medium.com/harbor-notes/the-harbor-wall-will-be-rebuilt-1a2b3c4d5e6f',
  html: doc(
    'en',
    `<title>The harbor wall will be rebuilt | by Jane Roe | Harbor Notes | Medium</title>`,
    `<div id="root"><article><section><div><h1 data-testid="storyTitle" class="pw-post-title">The harbor wall will be rebuilt</h1>
<div class="speechify-ignore"><a data-testid="authorName" href="/@janeroe?source=post_page">Jane Roe</a> <span>·</span> <button>Follow</button>
<div><span>Published in</span> <a data-testid="publicationName" href="/harbor-notes?source=post_page"><p>Harbor Notes</p></a></div>
<div><span data-testid="storyReadTime">5 min read</span><span>·</span><span data-testid="storyPublishDate">May 3, 2022</span></div></div>
${paras(EN)}</div></section></article></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** Ghost's Casper theme without structured data: article-byline with author-list avatars, author-name, byline-meta-date, reading time, read-more cards. */
const ghostCasper: AttributionPage = {
  name: 'Ghost Casper: article-byline author-name, byline-meta-date, "3 min read", footer-cta subscribe, read-more post cards',
  url: 'https://harbor-letters.example/harbor-wall-will-be-rebuilt/',
  html: doc(
    'en',
    `<title>The harbor wall will be rebuilt</title><meta property="og:site_name" content="Harbor Letters">`,
    `<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://harbor-letters.example">Harbor Letters</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">The harbor wall will be rebuilt</h1><p class="article-excerpt">After months of debate the council found the money.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/jane/" class="author-avatar"><img class="author-profile-image" src="/content/images/jane.jpg" alt="Jane Roe"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/jane/">Jane Roe</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2022-05-03">May 3, 2022</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div></header>
<section class="gh-content gh-canvas">${paras(EN)}</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal">Enter your email <span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/ferry/"><img class="post-card-image" src="/f.jpg" alt="Ferry schedule cut"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/ferry/"><header class="post-card-header"><h2 class="post-card-title">Ferry schedule cut</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2022-04-20">Apr 20, 2022</time><span class="post-card-meta-length">2 min read</span></footer></div></article></div></aside></main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Harbor Letters</a> &copy; 2022</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** Substack: post-header with the author's profile link and the date, like and comment counts, share and subscribe widgets, comments. */
const substack: AttributionPage = {
  name: 'Substack: post-header byline link to the profile, "May 03, 2022", like/comment counts, subscribe widget, comment authors',
  url: 'https://harbornotes.substack.com/p/the-harbor-wall-will-be-rebuilt',
  html: doc(
    'en',
    `<title>The harbor wall will be rebuilt - by Jane Roe - Harbor Notes</title><meta property="og:title" content="The harbor wall will be rebuilt">
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Harbor Notes">`,
    `<div id="entry"><div id="main" class="main typography use-theme-bg"><div class="container"><div class="single-post-container"><div class="single-post">
<article class="typography newsletter-post post"><div class="post-header"><h1 dir="auto" class="post-title published">The harbor wall will be rebuilt</h1><h3 dir="auto" class="subtitle">What the council's vote means for the quay</h3>
<div class="post-meta"><div class="byline-wrapper"><div class="profile-hover-card-target"><a href="https://substack.com/@janeroe" class="pencraft link">Jane Roe</a></div>
<div class="pencraft pc-display-flex"><div class="pencraft color-pub-secondary-text-hGQ02T">May 03, 2022</div></div></div>
<div class="post-ufi"><a class="post-ufi-button like-button-container" href="#"><div class="label">24</div></a><a class="post-ufi-button post-ufi-comment-button" href="/p/the-harbor-wall-will-be-rebuilt/comments"><div class="label">5</div></a><a class="post-ufi-button" href="#"><div class="label">Share</div></a></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">${paras(EN.slice(0, 2))}
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>Thanks for reading Harbor Notes! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" name="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>
${paras(EN.slice(2))}</div></div></article>
<div class="comments-page"><div class="comment-list"><div class="comment"><div class="comment-content"><div class="comment-meta"><a href="https://substack.com/@bobsmith" class="comment-author">Bob Smith</a><a href="#comment-1" class="comment-timestamp">May 4, 2022</a></div><p>About time.</p></div></div></div></div>
</div></div></div></div></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** Medium: title "X | by Jane Roe | Medium", data-testid authorName, "Follow", "5 min read · May 3, 2022", claps, "More from Jane Roe". */
const medium: AttributionPage = {
  name: 'Medium: <title> "X | by Jane Roe | Medium", data-testid authorName and storyPublishDate, "Follow", claps, "More from"',
  url: 'https://medium.com/@janeroe/the-harbor-wall-will-be-rebuilt-3f2a9c1b7d4e',
  html: doc(
    'en',
    `<title>The harbor wall will be rebuilt | by Jane Roe | Medium</title>`,
    `<div id="root"><div class="a b c"><div class="l"><nav class="bh"><a href="https://medium.com/?source=post_page" aria-label="Homepage">Medium</a><a href="/m/signin">Sign in</a></nav></div>
<article><div class="l"><section><div class="fr fs"><h1 id="a1b2" class="pw-post-title" data-testid="storyTitle">The harbor wall will be rebuilt</h1>
<div class="speechify-ignore ab co"><div class="ab"><a href="/@janeroe?source=post_page-----3f2a9c1b7d4e" rel="noopener follow"><img alt="Jane Roe" class="l eq" src="/j.png" width="44" height="44"></a></div>
<div class="bm bg"><div class="ab"><span class="bf b bg"><a class="af ag" data-testid="authorName" href="/@janeroe?source=post_page-----3f2a9c1b7d4e" rel="noopener follow">Jane Roe</a></span> <span>·</span> <button class="bf b">Follow</button></div>
<div class="ab ae"><span class="pw-reading-time bf b" data-testid="storyReadTime">5 min read</span><span>·</span><span data-testid="storyPublishDate">May 3, 2022</span></div></div>
<div class="ab"><div class="pw-multi-vote-count"><p><button class="af ag">245</button></p></div><div class="pw-responses-count"><button>3</button></div></div></div>
${paras(EN)}</div></section></div></article>
<div class="l"><h2 class="pw-author-name">Written by Jane Roe</h2><p class="pw-follower-count"><a href="/@janeroe/followers">1.2K Followers</a></p><p>Writes about harbors and the people who mend them.</p><button>Follow</button></div>
<div class="l"><h2>More from Jane Roe</h2><div class="ab"><article><div><a href="/@janeroe/ferry"><h2>Ferry schedule cut</h2></a><span>Apr 20, 2022</span></div></article></div></div>
<div class="l"><h2>Recommended from Medium</h2><article><div><a href="/@lisa/quay"><p>Lisa Kubota</p><h2>Why quays crumble</h2></a><span>Mar 2, 2022</span></div></article></div></div></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** Jekyll's default theme (Minima): post-meta with the date and itemprop=author, "Posted on" style. */
const jekyllMinima: AttributionPage = {
  name: 'Jekyll Minima: post-meta "May 3, 2022 • Jane Roe" with dt-published and itemprop author, title "Post | Site"',
  url: 'https://janeroe.github.example/2022/05/03/harbor-wall.html',
  html: doc(
    'en',
    `<title>The harbor wall will be rebuilt | Jane’s notes</title>`,
    `<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Jane’s notes</a><nav class="site-nav"><div class="trigger"><a class="page-link" href="/about/">About</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper"><article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">The harbor wall will be rebuilt</h1>
<p class="post-meta"><time class="dt-published" datetime="2022-05-03T10:32:00+00:00" itemprop="datePublished">May 3, 2022</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Jane Roe</span></span></p></header>
<div class="post-content e-content" itemprop="articleBody">${paras(EN)}</div><a class="u-url" href="/2022/05/03/harbor-wall.html" hidden></a></article></div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">Jane’s notes</h2><ul class="contact-list"><li class="p-name">Jane Roe</li><li><a class="u-email" href="mailto:jane@example.org">jane@example.org</a></li></ul></div></footer>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** A Hugo theme (Beautiful Hugo's shape): "Posted on May 3, 2022 | 3 minutes | 612 words | Jane Roe" in one post-meta span. */
const hugoPostMeta: AttributionPage = {
  name: 'Hugo blog: post-meta "Posted on May 3, 2022 | 3 minutes | 612 words | Jane Roe", title "Post | Site"',
  url: 'https://harbor-notes.example/post/2022-05-03-harbor-wall/',
  html: doc(
    'en',
    `<title>The harbor wall will be rebuilt | Harbor Notes</title><meta name="generator" content="Hugo 0.110.0">`,
    `<nav class="navbar navbar-default navbar-fixed-top navbar-custom"><div class="container-fluid"><a class="navbar-brand" href="/">Harbor Notes</a><ul class="nav navbar-nav navbar-right"><li><a title="Blog" href="/">Blog</a></li><li><a title="About" href="/page/about/">About</a></li></ul></div></nav>
<header class="header-section"><div class="intro-header no-img"><div class="container"><div class="row"><div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1"><div class="post-heading"><h1>The harbor wall will be rebuilt</h1>
<span class="post-meta"><i class="fas fa-calendar"></i>&nbsp;Posted on May 3, 2022&nbsp;|&nbsp;<i class="fas fa-clock"></i>&nbsp;3&nbsp;minutes&nbsp;|&nbsp;<i class="fas fa-book"></i>&nbsp;612&nbsp;words&nbsp;|&nbsp;<i class="fas fa-user"></i>&nbsp;Jane Roe</span></div></div></div></div></div></header>
<div class="container" role="main"><div class="row"><div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1"><article role="main" class="blog-post">${paras(EN)}</article>
<ul class="pager blog-pager"><li class="previous"><a href="/post/ferry/" title="Ferry schedule cut">&larr; Previous Post</a></li></ul></div></div></div>
<footer><div class="container"><p class="credits copyright text-muted">Jane Roe &nbsp;&bull;&nbsp;&copy; 2022 &nbsp;&bull;&nbsp; <a href="/">Harbor Notes</a></p><p class="credits theme-by text-muted"><a href="https://gohugo.io">Hugo v0.110.0</a> powered</p></div></footer>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** Hugo's PaperMod theme: post-meta "May 3, 2022 · 3 min · 612 words · Jane Roe" with the date in a titled span, breadcrumbs. */
const hugoPaperMod: AttributionPage = {
  name: 'Hugo PaperMod: post-meta "May 3, 2022 · 3 min · 612 words · Jane Roe", breadcrumbs, "Next »" links, no metadata',
  url: 'https://harbor-notes.example/posts/harbor-wall/',
  html: doc(
    'en',
    `<title>The harbor wall will be rebuilt | Harbor Notes</title>`,
    `<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="Harbor Notes (Alt + H)">Harbor Notes</a></div><ul id="menu"><li><a href="/archives/" title="Archive"><span>Archive</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a></li></ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">The harbor wall will be rebuilt</h1><div class="post-description">What the council's vote means for the quay.</div>
<div class="post-meta"><span title="2022-05-03 10:32:00 +0000 UTC">May 3, 2022</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;612 words&nbsp;·&nbsp;Jane Roe</div></header>
<div class="post-content">${paras(EN)}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/harbor/">Harbor</a></li></ul><nav class="paginav"><a class="prev" href="/posts/ferry/"><span class="title">« Prev</span><br><span>Ferry schedule cut</span></a></nav></footer></article></main>
<footer class="footer"><span>&copy; 2022 <a href="/">Harbor Notes</a></span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a></span></footer>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** Wix blog: React markup named by data-hook ("user-name", "time-ago", "time-to-read", "post-title"), the author above the title, counts below. */
const wixBlog: AttributionPage = {
  name: 'Wix blog: data-hook user-name with a /profile/ link above the title, time-ago, "3 min read", "Updated:", view and like counts',
  url: 'https://www.harbornotes.example/post/the-harbor-wall-will-be-rebuilt',
  html: doc(
    'en',
    `<title>The harbor wall will be rebuilt</title><meta property="og:site_name" content="Harbor Notes">`,
    `<div id="SITE_CONTAINER"><header id="SITE_HEADER"><div data-testid="richTextElement"><h2 class="font_2">Harbor Notes</h2></div></header>
<main id="PAGES_CONTAINER"><div class="post-page"><article class="blog-post-page-font" data-hook="post"><div data-hook="post-header"><div class="a1b2"><div data-hook="avatar-image"><img alt="Jane Roe" src="/jane.png"></div>
<div class="c3d4"><span data-hook="user-name"><a href="https://www.harbornotes.example/profile/janeroe/profile">Jane Roe</a></span>
<ul class="e5f6"><li><span data-hook="time-ago" title="May 3, 2022">May 3, 2022</span></li><li><span data-hook="time-to-read">3 min read</span></li></ul></div></div>
<div data-hook="post-updated-date">Updated: May 4, 2022</div></div>
<div class="g7h8"><h1 data-hook="post-title" class="blog-post-title-font">The harbor wall will be rebuilt</h1></div>
<div data-hook="post-description"><div data-id="rich-content-viewer">${paras(EN)}</div></div>
<div data-hook="post-footer"><div data-hook="post-main-actions"><span data-hook="view-count">12 views</span><span data-hook="comment-count">0 comments</span><div data-hook="like-button-with-count"><span>4</span></div></div></div></article>
<section data-hook="recent-posts"><h3>Recent Posts</h3><a href="/blog">See All</a><div data-hook="post-list-item"><h3 data-hook="post-title"><a href="/post/ferry">Ferry schedule cut</a></h3><span data-hook="user-name">Lisa Kubota</span><span data-hook="time-ago">Apr 20, 2022</span></div></section>
<section data-hook="comments"><h3>Comments</h3><p>Write a comment...</p></section></div></main></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
  modified: '2022-05-04',
};

/** Squarespace 7.1: blog-author-name linked to "?author=", time.blog-date with pubdate and a datetime but "May 3" printed without the year. */
const squarespace: AttributionPage = {
  name: 'Squarespace blog: blog-meta-item--author "Jane Roe", <time class="blog-date" pubdate datetime> printing "May 3", item pagination',
  url: 'https://www.harbornotes.example/blog/the-harbor-wall-will-be-rebuilt',
  html: doc(
    'en-US',
    `<title>The harbor wall will be rebuilt &mdash; Harbor Notes</title><meta property="og:site_name" content="Harbor Notes"><meta property="og:title" content="The harbor wall will be rebuilt &mdash; Harbor Notes">`,
    `<header id="header" class="header theme-col--primary"><div class="header-title"><div class="header-title-text"><a href="/">Harbor Notes</a></div></div><nav class="header-nav"><a href="/blog">Blog</a></nav></header>
<main id="page" class="container" role="main"><article class="sections"><section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-jane-roe post-type-text">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title-wrapper" data-content-field="title">The harbor wall will be rebuilt</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="/blog?author=5f1a2b3c4d" class="blog-author-name">Jane Roe</a></div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight blog-date" pubdate datetime="2022-05-03">May 3</time></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">${paras(EN)}</div></div></div></div></div>
<section class="item-pagination item-pagination--prev-next"><a href="/blog/ferry" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Ferry schedule cut</h2></a></section></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><p>&copy; 2022 Harbor Notes</p></section></footer>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** Newspack (WordPress for newsrooms): "by" and the author vcard, published and "Updated:" times, a site-wide "Editorial Staff" account elsewhere. */
const wpNewspack: AttributionPage = {
  name: 'WordPress Newspack: "by Jane Roe", entry-date published + "Updated:" updated time, "Editorial Staff" in the related posts block',
  url: 'https://www.valleyvoice.example/2022/05/03/harbor-wall-will-be-rebuilt/',
  html: doc(
    'en-US',
    `<title>The harbor wall will be rebuilt &#8211; Valley Voice</title><meta property="og:site_name" content="Valley Voice">`,
    `<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Valley Voice</a></p></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main"><header class="entry-header"><span class="cat-links"><a href="/category/local/" rel="category tag">Local</a></span><h1 class="entry-title">The harbor wall will be rebuilt</h1>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="/a.jpg"></span><span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="https://www.valleyvoice.example/author/jane-roe/">Jane Roe</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2022-05-03T10:32:00-04:00">May 3, 2022</time><span class="updated-label">Updated:</span> <time class="updated" datetime="2022-05-04T08:15:00-04:00">May 4, 2022</time></span></div></div></header>
<article id="post-301" class="post-301 post type-post status-publish format-standard"><div class="entry-content">${paras(EN)}
<div class="wp-block-newspack-blocks-homepage-articles"><article class="post-has-image"><div class="entry-wrapper"><h3 class="entry-title"><a href="/ferry/">Ferry schedule cut</a></h3><div class="entry-meta"><span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/staff/">Editorial Staff</a></span></span><time class="entry-date published" datetime="2022-04-20T09:00:00-04:00">April 20, 2022</time></div></div></article></div></div></article>
</main></div></div></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
  modified: '2022-05-04',
};

/** An Arc XP news site without structured data: ts-byline "By A and B", "Updated … | Published …" display date, a date path. */
const arcXp: AttributionPage = {
  name: 'Arc XP news site: data-testid headline, ts-byline "By A and B", "Updated May 4 … | Published May 3 …", read-more cards',
  url: 'https://www.coastal-post.example/local/2022/05/03/harbor-wall-rebuild/',
  html: doc(
    'en',
    `<title>City votes to rebuild the harbor wall - The Coastal Post</title><meta property="og:site_name" content="The Coastal Post">`,
    `<div id="fusion-app"><header class="site-header"><a href="/" aria-label="The Coastal Post homepage">The Coastal Post</a></header>
<main><article class="article-body-wrapper"><div class="headline-wrapper"><h1 data-testid="headline" class="headline font--headline">City votes to rebuild the harbor wall</h1></div>
<div class="ts-byline" data-testid="byline"><span class="ts-byline__by">By</span> <span class="ts-byline__names"><a href="/people/jane-roe/" data-testid="author-name">Jane Roe</a> and <a href="/people/john-smith/" data-testid="author-name">John Smith</a></span></div>
<div class="display-date" data-testid="display-date"><span>Updated May 4, 2022 at 8:15 a.m. EDT</span><span> | </span><span>Published May 3, 2022 at 10:32 a.m. EDT</span></div>
<div class="article-body" data-testid="article-body">${paras(EN)}</div></article>
<section class="read-more" data-testid="read-more"><h2>Read more</h2><div class="card"><a href="/local/2022/04/20/ferry-schedule/">Ferry schedule cut</a><div class="ts-byline"><span class="ts-byline__by">By</span> <span class="ts-byline__names"><a href="/people/lisa-kubota/">Lisa Kubota</a></span></div><span class="display-date">April 20, 2022</span></div></section></main></div>`,
  ),
  title: 'City votes to rebuild the harbor wall',
  authors: ['Jane Roe', 'John Smith'],
  published: '2022-05-03',
  modified: '2022-05-04',
};

/** Drupal 9/10 Olivero: node__meta "Submitted by admin on Tue, 05/03/2022 - 10:32", the submitter a CMS login. */
const drupalAdmin: AttributionPage = {
  name: 'Drupal Olivero: node__meta "Submitted by admin on Tue, 05/03/2022 - 10:32" (a login, not a byline), field--name-body',
  url: 'https://harbor-town.example/news/harbor-wall-will-be-rebuilt',
  html: doc(
    'en',
    `<title>The harbor wall will be rebuilt | Harbor Town</title><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">`,
    `<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper" class="page-wrapper"><div id="page"><header id="header" class="site-header"><div class="site-branding"><a href="/" rel="home" class="site-branding__name">Harbor Town</a></div></header>
<div id="main-wrapper" class="layout-main-wrapper"><div id="main" class="layout-main"><main role="main"><div class="region region--content" id="content">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">The harbor wall will be rebuilt</span></h1></div>
<div id="block-olivero-content" class="block block-system block-system-main-block"><article data-history-node-id="12" class="node node--type-article node--promoted node--view-mode-full">
<header class="node__header"><div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>admin</span></span></span>, <span class="field field--name-created field--type-created field--label-hidden"><time datetime="2022-05-03T14:32:00Z" title="Tuesday, May 3, 2022 - 10:32" class="datetime">Tue, 05/03/2022 - 10:32</time></span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${paras(EN)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><h3 class="field__label">Tags</h3><ul class="links field__items"><li><a href="/taxonomy/term/1" hreflang="en">harbor</a></li></ul></div>
<section class="field field--name-comment comments"><h2 class="comments__title">Comments</h2></section></div></article></div></div></main></div></div>
<footer class="site-footer"><div class="region region--footer-bottom"><div class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></footer></div></div></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: [],
  published: '2022-05-03',
};

/** Drupal 7 Bartik on a newsroom: "Submitted by editor3 on …" and a field-name-field-author naming the reporter. */
const drupalAuthorField: AttributionPage = {
  name: 'Drupal 7 newsroom: "Submitted by editor3 on Tue, 05/03/2022 - 10:32" and field-name-field-author "Jane Roe"',
  url: 'https://www.harbor-gazette.example/content/harbor-wall-will-be-rebuilt',
  html: doc(
    'en',
    `<title>The harbor wall will be rebuilt | Harbor Gazette</title><meta property="og:site_name" content="Harbor Gazette">`,
    `<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix"><a href="/" title="Home" rel="home" id="logo"><img src="/logo.png" alt="Home"></a><div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>Harbor Gazette</span></a></strong></div></div></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix"><div id="content" class="column"><div class="section"><h1 class="title" id="page-title">The harbor wall will be rebuilt</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content"><div id="node-88" class="node node-article node-promoted clearfix" about="/content/harbor-wall-will-be-rebuilt" typeof="sioc:Item foaf:Document">
<div class="meta submitted"><span property="dc:date dc:created" content="2022-05-03T10:32:00-04:00" datatype="xsd:dateTime" rel="sioc:has_creator">Submitted by <span class="username" xml:lang="" about="/user/7" typeof="sioc:UserAccount" property="foaf:name" datatype="">editor3</span> on Tue, 05/03/2022 - 10:32</span></div>
<div class="content clearfix"><div class="field field-name-field-author field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">Jane Roe</div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">${paras(EN)}</div></div></div></div>
<div class="link-wrapper"><ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/88#comment-form" title="Share your thoughts and opinions related to this posting.">Add new comment</a></li></ul></div></div></div></div></div></div></div></div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer">© 2022 Harbor Gazette</div></div></div></div></div></div>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** Joomla 4 (Cassiopeia): article-info "Written by: Super User", "Category:", "Published:", "Hits: 123"; Super User is the install's login. */
const joomlaSuperUser: AttributionPage = {
  name: 'Joomla 4: article-info "Written by: Super User" (the install\'s login), "Published: 03 May 2022", "Hits: 123"',
  url: 'https://www.harbor-town.example/index.php/news/12-harbor-wall-will-be-rebuilt',
  html: doc(
    'en-gb',
    `<title>The harbor wall will be rebuilt</title><meta name="generator" content="Joomla! - Open Source Content Management">`,
    `<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="Harbor Town">Harbor Town</span></a></div></div></header>
<div class="site-grid"><div class="grid-child container-component"><main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h2 itemprop="headline">The harbor wall will be rebuilt</h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">Super User</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/index.php/news" itemprop="genre">News</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2022-05-03T10:32:00+00:00" itemprop="datePublished">Published: 03 May 2022</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:123">Hits: 123</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">${paras(EN)}</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/index.php/news/11-ferry" rel="prev">Prev</a></span></nav></div></main></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>Copyright &copy; 2022 Harbor Town</p></div></footer>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: [],
  published: '2022-05-03',
};

/** Joomla 3 (Protostar) in German: "Geschrieben von Anna Dunst", "Veröffentlicht: 03. Mai 2022", "Zugriffe: 57". */
const joomlaGerman: AttributionPage = {
  name: 'Joomla 3 German: "Geschrieben von Anna Dunst", "Veröffentlicht: 03. Mai 2022", "Zugriffe: 57", item-page h2',
  url: 'https://www.sv-hafenstadt.example/index.php/aktuelles/45-hafenmauer-wird-erneuert',
  html: doc(
    'de-de',
    `<title>Hafenmauer wird erneuert</title><meta name="generator" content="Joomla! - Open Source Content Management">`,
    `<div class="body"><div class="container"><header class="header"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title" title="SV Hafenstadt">SV Hafenstadt</span></a></div></header>
<div class="row-fluid"><main id="content" class="span9"><div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="de-DE">
<div class="page-header"><h2 itemprop="headline">Hafenmauer wird erneuert</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Geschrieben von <span itemprop="name">Anna Dunst</span></dd>
<dd class="category-name">Kategorie: <a href="/index.php/aktuelles" itemprop="genre">Aktuelles</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2022-05-03T10:32:00+02:00" itemprop="datePublished">Veröffentlicht: 03. Mai 2022</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:57">Zugriffe: 57</dd></dl>
<div itemprop="articleBody">${paras(DE)}</div></div></main>
<div id="aside" class="span3"><div class="well"><h3 class="page-header">Neueste Beiträge</h3><ul class="latestnews"><li><a href="/index.php/aktuelles/44-sommerfest">Sommerfest am Hafen</a></li></ul></div></div></div></div></div>
<footer class="footer"><div class="container"><p class="pull-right"><a href="#top" id="back-top">Nach oben</a></p><p>&copy; 2022 SV Hafenstadt</p></div></footer>`,
  ),
  title: 'Hafenmauer wird erneuert',
  authors: ['Anna Dunst'],
  published: '2022-05-03',
};

/** TYPO3's news extension (tx_news) on a town's site: the detail view's date and author in a div of class "footer" above the text. */
const typo3News: AttributionPage = {
  name: 'TYPO3 tx_news detail: date, category and "von Anna Dunst" in <div class="footer"> above the text, h3 headline under a page h1',
  url: 'https://www.hafenstadt.example/aktuelles/detail/hafenmauer-wird-erneuert',
  html: doc(
    'de',
    `<title>Hafenmauer wird erneuert: Stadt Hafenstadt</title><meta name="generator" content="TYPO3 CMS">`,
    `<header id="header"><a href="/" class="logo"><img src="/logo.svg" alt="Stadt Hafenstadt"></a><nav id="mainnav"><ul><li><a href="/rathaus/">Rathaus</a></li><li class="active"><a href="/aktuelles/">Aktuelles</a></li></ul></nav></header>
<main id="content"><div id="c12" class="frame frame-default frame-type-list"><h1>Aktuelles</h1>
<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header"><h3 itemprop="headline">Hafenmauer wird erneuert</h3></div>
<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2022-05-03">03.05.2022</time></span>
<span class="news-list-category">Pressemitteilungen</span>
<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">von <span itemprop="name">Anna Dunst</span></span></p></div>
<div class="teaser-text" itemprop="description"><p>Der Stadtrat hat den Neubau der Hafenmauer beschlossen.</p></div>
<div class="news-text-wrap" itemprop="articleBody">${paras(DE)}</div>
<div class="news-backlink-wrap"><a href="/aktuelles/">Zurück</a></div></div></div></div></main>
<footer id="footer"><div class="address">Stadt Hafenstadt · Rathausplatz 1 · 24103 Hafenstadt</div><a href="/impressum/">Impressum</a></footer>`,
  ),
  title: 'Hafenmauer wird erneuert',
  authors: ['Anna Dunst'],
  published: '2022-05-03',
};

/** A state government press release (Sitecore/AEM shape): "Release Date:", "Media Contact:" naming a press secretary (not the author). */
const govPressRelease: AttributionPage = {
  name: 'Government press release (Sitecore/AEM): "Release Date: May 3, 2022", "Media Contact: Jane Roe, Press Secretary"',
  url: 'https://www.governor.state.example/news/press-releases/2022/governor-funds-harbor-wall',
  html: doc(
    'en-US',
    `<title>Governor Funds Harbor Wall Rebuild | Office of the Governor</title>`,
    `<header class="site-header"><a href="/" class="logo"><img src="/seal.png" alt="Office of the Governor"></a><nav class="main-nav"><a href="/news/">News</a> <a href="/contact/">Contact</a></nav></header>
<div class="breadcrumb"><a href="/">Home</a> / <a href="/news/">News</a> / <a href="/news/press-releases/">Press Releases</a></div>
<main id="main-content"><div class="press-release-detail"><div class="release-meta"><p class="release-date"><strong>Release Date:</strong> May 3, 2022</p><p class="release-type">For Immediate Release</p></div>
<h1 class="release-title">Governor Funds Harbor Wall Rebuild</h1>
<div class="release-body">${paras(EN)}<p class="end">###</p></div>
<div class="media-contact"><h2>Media Contact</h2><p>Jane Roe, Press Secretary</p><p>(555) 123-4567</p><p><a href="mailto:press@governor.state.example">press@governor.state.example</a></p></div></div></main>
<footer class="site-footer"><p>Office of the Governor · State Capitol · © 2022</p></footer>`,
  ),
  title: 'Governor Funds Harbor Wall Rebuild',
  authors: [],
  published: '2022-05-03',
};

/** GOV.UK press release: "From: Department for Harbours", "Published 3 May 2022", "Last updated 4 May 2022 — see all updates". */
const govUk: AttributionPage = {
  name: 'GOV.UK press release: gem-c-metadata "From: Department", "Published 3 May 2022", "Last updated 4 May 2022"',
  url: 'https://www.gov.example/government/news/harbour-wall-to-be-rebuilt',
  html: doc(
    'en',
    `<title>Harbour wall to be rebuilt - GOV.EXAMPLE</title><meta name="govuk:content-id" content="abc-123">`,
    `<header role="banner" class="govuk-header"><div class="govuk-header__container"><a href="/" class="govuk-header__link govuk-header__link--homepage"><span class="govuk-header__logotype-text">GOV.EXAMPLE</span></a></div></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/transport">Transport</a></li></ol></div>
<main role="main" id="content" class="govuk-main-wrapper"><div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds"><div class="gem-c-title govuk-!-margin-top-8"><span class="govuk-caption-xl gem-c-title__context">Press release</span><h1 class="gem-c-title__text govuk-heading-l">Harbour wall to be rebuilt</h1></div></div>
<div class="govuk-grid-column-two-thirds"><p class="gem-c-lead-paragraph">Funding of twelve million pounds will rebuild the harbour wall.</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="gem-toggle"><dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/department-for-harbours" class="govuk-link">Department for Harbours</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">3 May 2022</dd><dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">4 May 2022 — <a href="#full-history" class="govuk-link">See all updates</a></dd></dl></div></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="govuk-govspeak direction-ltr"><div class="gem-c-govspeak govuk-govspeak">${paras(EN)}</div></div></div></div></main></div>
<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container">© Crown copyright</div></footer>`,
  ),
  title: 'Harbour wall to be rebuilt',
  authors: [],
  published: '2022-05-03',
  modified: '2022-05-04',
};

const PRODUCT_TEXT = [
  'This apron is cut from heavy stonewashed linen that softens with every wash and keeps its shape through years of kitchen and workshop use.',
  'Two deep front pockets hold tools, pens and a phone, and the cross-back straps spread the weight so it never pulls at the neck.',
  'Machine wash warm and line dry; the linen will shrink by about three percent the first time, which the sizing already allows for.',
];

/** Shopify (Dawn): product__title, product JSON-LD, Judge.me reviews with reviewer names and dates. */
const shopifyProduct: AttributionPage = {
  name: 'Shopify Dawn product page: product__title h1, Product JSON-LD, Judge.me reviews with names and dates',
  url: 'https://harborgoods.example/products/linen-apron',
  html: doc(
    'en',
    `<title>Linen Work Apron &ndash; Harbor Goods</title><meta property="og:site_name" content="Harbor Goods"><meta property="og:type" content="product"><meta property="og:title" content="Linen Work Apron">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"Linen Work Apron","url":"https://harborgoods.example/products/linen-apron","brand":{"@type":"Brand","name":"Harbor Goods"},"offers":[{"@type":"Offer","price":"48.00","priceCurrency":"USD","availability":"http://schema.org/InStock"}]}</script>`,
    `<div class="shopify-section section-header"><header class="header"><a href="/" class="header__heading-link"><span class="h2">Harbor Goods</span></a><nav class="header__inline-menu"><ul class="list-menu"><li><a href="/collections/all" class="header__menu-item">Catalog</a></li></ul></nav></header></div>
<main id="MainContent" class="content-for-layout"><section class="shopify-section section"><div class="product product--large grid"><div class="product__info-wrapper grid__item"><div id="ProductInfo-template" class="product__info-container">
<p class="product__text inline-richtext caption-with-letter-spacing">Harbor Goods</p><div class="product__title"><h1>Linen Work Apron</h1></div>
<div class="price"><span class="price-item price-item--regular">$48.00 USD</span></div><form method="post" action="/cart/add"><button type="submit" name="add" class="product-form__submit button">Add to cart</button></form>
<div class="product__description rte quick-add-hidden">${paras(PRODUCT_TEXT)}</div></div></div></div></section>
<section class="shopify-section"><div class="jdgm-widget jdgm-review-widget"><div class="jdgm-rev-widg__title">Customer Reviews</div><div class="jdgm-rev-widg__reviews">
<div class="jdgm-rev jdgm-divider-top"><div class="jdgm-rev__header"><span class="jdgm-rev__timestamp" data-content="2022-04-12 10:00:00 UTC">04/12/2022</span><span class="jdgm-rev__author">Sarah Miller</span></div><div class="jdgm-rev__content"><b class="jdgm-rev__title">Love it</b><p>Soft and sturdy.</p></div></div></div></div></section></main>
<footer class="footer"><div class="footer__copyright"><small class="copyright__content">&copy; 2022, Harbor Goods</small> <small class="copyright__content"><a href="https://www.shopify.com" rel="nofollow">Powered by Shopify</a></small></div></footer>`,
  ),
  title: 'Linen Work Apron',
  authors: [],
  published: null,
};

/** WooCommerce (Storefront): product_title entry-title h1, reviews tab with woocommerce-review__author and dated reviews. */
const wooProduct: AttributionPage = {
  name: 'WooCommerce product page: product_title h1, Reviews tab with woocommerce-review__author and published-date',
  url: 'https://harborgoods-woo.example/product/linen-work-apron/',
  html: doc(
    'en-US',
    `<title>Linen Work Apron &#8211; Harbor Goods</title><meta name="generator" content="WooCommerce 6.4.1">`,
    `<div id="page" class="hfeed site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Harbor Goods</a></p></div></header>
<div id="content" class="site-content"><div class="col-full"><div class="woocommerce"></div><nav class="woocommerce-breadcrumb"><a href="/">Home</a>&nbsp;&#47;&nbsp;<a href="/product-category/aprons/">Aprons</a>&nbsp;&#47;&nbsp;Linen Work Apron</nav>
<div id="primary" class="content-area"><main id="main" class="site-main"><div id="product-44" class="product type-product post-44 status-publish first instock product_cat-aprons has-post-thumbnail shipping-taxable purchasable product-type-simple">
<div class="summary entry-summary"><h1 class="product_title entry-title">Linen Work Apron</h1><p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&#36;</span>48.00</bdi></span></p>
<div class="woocommerce-product-details__short-description"><p>A heavy linen apron for kitchen and workshop.</p></div><form class="cart" method="post"><button type="submit" name="add-to-cart" value="44" class="single_add_to_cart_button button alt">Add to cart</button></form>
<div class="product_meta"><span class="posted_in">Category: <a href="/product-category/aprons/" rel="tag">Aprons</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist"><li class="description_tab"><a href="#tab-description">Description</a></li><li class="reviews_tab"><a href="#tab-reviews">Reviews (1)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description"><h2>Description</h2>${paras(PRODUCT_TEXT)}</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews"><div id="reviews" class="woocommerce-Reviews"><div id="comments"><h2 class="woocommerce-Reviews-title">1 review for <span>Linen Work Apron</span></h2>
<ol class="commentlist"><li class="review byuser comment-author-sarah even thread-even depth-1" id="li-comment-9"><div id="comment-9" class="comment_container"><div class="comment-text"><div class="star-rating" role="img" aria-label="Rated 5 out of 5"><span style="width:100%">Rated <strong class="rating">5</strong> out of 5</span></div>
<p class="meta"><strong class="woocommerce-review__author">Sarah Miller </strong><em class="woocommerce-review__verified verified">(verified owner)</em> <span class="woocommerce-review__dash">&ndash;</span> <time class="woocommerce-review__published-date" datetime="2022-04-12T10:00:00+00:00">April 12, 2022</time></p>
<div class="description"><p>Soft and sturdy.</p></div></div></div></li></ol></div></div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-4"><li class="product type-product"><a href="/product/canvas-tote/" class="woocommerce-LoopProduct-link"><h2 class="woocommerce-loop-product__title">Canvas Tote</h2><span class="price">$28.00</span></a></li></ul></section></div></main></div></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; Harbor Goods 2022<br><a href="https://woocommerce.com" rel="noreferrer">Built with WooCommerce</a>.</div></footer></div>`,
  ),
  title: 'Linen Work Apron',
  authors: [],
  published: null,
};

/** WooCommerce with Yoast SEO: the Yoast graph's WebPage carries the product post's dates, article:modified_time too; WooCommerce's own Product block. */
const wooYoastProduct: AttributionPage = {
  name: 'WooCommerce + Yoast product page: og:type article, WebPage datePublished in the Yoast graph, Product JSON-LD with a review',
  url: 'https://harborgoods-woo.example/product/canvas-tote/',
  html: doc(
    'en-US',
    `<title>Canvas Tote - Harbor Goods</title><meta property="og:type" content="article"><meta property="og:title" content="Canvas Tote - Harbor Goods"><meta property="og:site_name" content="Harbor Goods">
<meta property="article:modified_time" content="2022-04-30T12:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://harborgoods-woo.example/product/canvas-tote/","url":"https://harborgoods-woo.example/product/canvas-tote/","name":"Canvas Tote - Harbor Goods","isPartOf":{"@id":"https://harborgoods-woo.example/#website"},"datePublished":"2021-09-14T08:00:00+00:00","dateModified":"2022-04-30T12:00:00+00:00","breadcrumb":{"@id":"https://harborgoods-woo.example/product/canvas-tote/#breadcrumb"}},{"@type":"WebSite","@id":"https://harborgoods-woo.example/#website","name":"Harbor Goods"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"Canvas Tote","offers":[{"@type":"Offer","price":"28.00","priceCurrency":"USD"}],"review":[{"@type":"Review","reviewRating":{"@type":"Rating","ratingValue":"5"},"author":{"@type":"Person","name":"Sarah Miller"},"datePublished":"2022-04-12T10:00:00+00:00"}]}</script>`,
    `<main id="main" class="site-main"><div id="product-45" class="product type-product post-45 status-publish instock product_cat-bags">
<div class="summary entry-summary"><h1 class="product_title entry-title">Canvas Tote</h1><p class="price"><span class="woocommerce-Price-amount amount">$28.00</span></p></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description"><h2>Description</h2>${paras(PRODUCT_TEXT)}</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews"><div id="reviews" class="woocommerce-Reviews"><ol class="commentlist"><li class="review"><div class="comment-text"><p class="meta"><strong class="woocommerce-review__author">Sarah Miller</strong> <span class="woocommerce-review__dash">&ndash;</span> <time class="woocommerce-review__published-date" datetime="2022-04-12T10:00:00+00:00">April 12, 2022</time></p><div class="description"><p>Sturdy.</p></div></div></li></ol></div></div></div></div></main>`,
  ),
  title: 'Canvas Tote',
  authors: [],
  published: null,
};

/** A WordPress blog's product review: a review plugin's Product node (with its rating) and no article node, article:published_time from the SEO plugin. */
const wpProductReview: AttributionPage = {
  name: "WordPress product review post: a review plugin's Product JSON-LD, no article node, article:published_time: the post keeps its date",
  url: 'https://harbornotes.example/canvas-tote-review/',
  html: doc(
    'en-US',
    `<title>Canvas Tote review: a bag for the quay &#8211; Harbor Notes</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2022-05-03T14:32:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Canvas Tote","review":{"@type":"Review","reviewRating":{"@type":"Rating","ratingValue":"4"},"author":{"@type":"Person","name":"Jane Roe"},"datePublished":"2022-05-03"}}</script>`,
    `<main><article class="post type-post"><header class="entry-header"><h1 class="entry-title">Canvas Tote review: a bag for the quay</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/jane-roe/">Jane Roe</a></span></span></div></header>
<div class="entry-content">${paras(PRODUCT_TEXT)}<div class="wppr-review-container"><h3>Our verdict</h3><p>4 out of 5</p></div></div></article></main>`,
  ),
  title: 'Canvas Tote review: a bag for the quay',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** Magento 2 (Luma): page-title span, reviews with "Review by" an itemprop=author and "Posted on" an itemprop=datePublished. */
const magentoProduct: AttributionPage = {
  name: 'Magento Luma product page: page-title h1, reviews "Review by <strong itemprop=author>", "Posted on <time itemprop=datePublished>"',
  url: 'https://shop.harborgoods.example/linen-work-apron.html',
  html: doc(
    'en',
    `<title>Linen Work Apron</title><meta name="title" content="Linen Work Apron">`,
    `<div class="page-wrapper"><header class="page-header"><div class="header content"><a class="logo" href="/" title="Harbor Goods"><img src="/logo.svg" alt="Harbor Goods"></a></div></header>
<main id="maincontent" class="page-main"><div class="page-title-wrapper product"><h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper" itemprop="name">Linen Work Apron</span></h1></div>
<div class="columns"><div class="column main"><div class="product-info-main"><div class="product-info-price"><div class="price-box price-final_price"><span class="price">$48.00</span></div><div class="product-info-stock-sku"><div class="product attribute sku"><strong class="type">SKU</strong><div class="value" itemprop="sku">LA-01</div></div></div></div>
<div class="box-tocart"><button type="submit" title="Add to Cart" class="action primary tocart" id="product-addtocart-button"><span>Add to Cart</span></button></div></div>
<div class="product info detailed"><div class="product data items"><div class="data item title" id="tab-label-description"><a class="data switch" href="#description">Details</a></div>
<div class="data item content" id="description"><div class="product attribute description"><div class="value">${paras(PRODUCT_TEXT)}</div></div></div>
<div class="data item title" id="tab-label-reviews"><a class="data switch" href="#reviews">Reviews <span class="counter">1</span></a></div>
<div class="data item content" id="reviews"><div id="product-review-container"><div class="block review-list" id="customer-reviews"><div class="block-title"><strong>Customer Reviews</strong></div><div class="block-content"><ol class="items review-items">
<li class="item review-item" itemscope itemprop="review" itemtype="http://schema.org/Review"><div class="review-title" itemprop="name">Soft and sturdy</div><div class="review-content" itemprop="description">Great apron, well made.</div>
<div class="review-details"><p class="review-author"><span class="review-details-label">Review by</span> <strong class="review-details-value" itemprop="author">Sarah Miller</strong></p>
<p class="review-date"><span class="review-details-label">Posted on</span> <time class="review-details-value" itemprop="datePublished" datetime="4/12/22">4/12/22</time></p></div></li></ol></div></div></div></div></div></div></div></div></main>
<footer class="page-footer"><div class="footer content"><small class="copyright"><span>Copyright © 2022 Harbor Goods. All rights reserved.</span></small></div></footer></div>`,
  ),
  title: 'Linen Work Apron',
  authors: [],
  published: null,
};

export const CMS_ATTRIBUTION_PAGES: AttributionPage[] = [
  wpTwentyTwentyFour,
  wpTwentyTwentyOne,
  wpGeneratePress,
  wpAstra,
  wpNewspaper,
  wpAmpLegacy,
  wpDivi,
  wpDiviAdmin,
  wpElementor,
  wpOceanWp,
  wpPostedByIn,
  bloggerEnglish,
  joomlaGermanDates,
  ghostCasper,
  ghostTwoAuthors,
  substack,
  medium,
  mediumPublication,
  jekyllMinima,
  hugoPostMeta,
  hugoPaperMod,
  wixBlog,
  squarespace,
  wpNewspack,
  arcXp,
  drupalAdmin,
  drupalAuthorField,
  joomlaSuperUser,
  joomlaGerman,
  typo3News,
  govPressRelease,
  govUk,
  shopifyProduct,
  wooProduct,
  wooYoastProduct,
  wpProductReview,
  magentoProduct,
];
