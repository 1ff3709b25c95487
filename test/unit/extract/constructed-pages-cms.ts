/**
 * Constructed pages for body text on the common publishing platforms, with the chrome each puts inside or beside the
 * story as its default markup does: WordPress with Jetpack's sharing, likes and related posts, tagDiv's Newspaper
 * theme, Substack's subscribe widgets and buttons, Medium's claps and "More from", Ghost's sign-up box, Drupal's
 * "Submitted by" line, Joomla's article-info list and a government press release's end marks. Written here from
 * general knowledge of those templates, not copied from any site; the stories are made up.
 */
import type { ConstructedPage } from './constructed-pages';

const doc = (title: string, body: string, lang = 'en'): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const paras = (lines: string[]): string => lines.map((l) => `<p>${l}</p>`).join('\n');

const STORY = [
  'Every spring the river floods the lower meadow, and every spring the old footbridge disappears under brown water for a week or two.',
  'This year the parish decided to raise it by half a metre, using oak from the estate and the labour of anyone who turned up on Saturdays.',
  'Twelve volunteers came on the first morning, most of them retired, two of them teenagers who had been told it would look good on a form.',
  'By the end of April the new deck was in place, and the children from the primary school walked across it singing, slightly out of tune.',
];

/** WordPress with Jetpack: "Share this:" buttons, "Like this:" with "Loading...", Jetpack related posts, all inside entry-content. */
const wpJetpack: ConstructedPage = {
  name: 'WordPress post with Jetpack "Share this:", "Like this:" and "Related" inside entry-content, entry-footer, comment form',
  url: 'https://riverside-parish.example/2022/05/03/the-new-footbridge/',
  html: doc(
    'The new footbridge &#8211; Riverside Parish News',
    `<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Riverside Parish News</a></p></header>
<main id="main" class="site-main"><article id="post-77" class="post-77 post type-post status-publish format-standard hentry category-village">
<header class="entry-header"><h1 class="entry-title">The new footbridge</h1><div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2022-05-03T10:00:00+01:00">May 3, 2022</time></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/mary/">Mary Holt</a></span></span></div></header>
<div class="entry-content">${paras(STORY)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a class="share-twitter sd-button share-icon" href="#"><span>Twitter</span></a></li><li class="share-facebook"><a class="share-facebook sd-button share-icon" href="#"><span>Facebook</span></a></li><li class="share-email"><a class="share-email sd-button share-icon" href="#"><span>Email</span></a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-1-77"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual"><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/2021/11/flood-meeting/">Flood meeting in the village hall</a></h4><p class="jp-relatedposts-post-date">November 12, 2021</p><p class="jp-relatedposts-post-context">In "Village"</p></div></div></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/village/" rel="category tag">Village</a></span><span class="comments-link"><a href="/2022/05/03/the-new-footbridge/#respond">Leave a comment</a></span></footer></article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p></form></div></div></main>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div>`,
  ),
  must: STORY,
  mustNot: [
    'Share this:',
    'Twitter',
    'Like this:',
    'Loading...',
    'Flood meeting in the village hall',
    'In "Village"',
    'Posted in',
    'Leave a comment',
    'Leave a Reply',
  ],
};

/** tagDiv's Newspaper: view count, sharing buttons, "TAGS", "RELATED ARTICLES / MORE FROM AUTHOR", "LEAVE A REPLY". */
const wpNewspaperBody: ConstructedPage = {
  name: 'WordPress Newspaper (tagDiv): view and comment counts, sharing, TAGS, RELATED ARTICLES / MORE FROM AUTHOR, LEAVE A REPLY',
  url: 'https://valley-daily.example/2022/05/03/the-new-footbridge/',
  html: doc(
    'The new footbridge | Valley Daily',
    `<div id="td-outer-wrap" class="td-theme-wrap"><div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-91" class="post-91 post type-post status-publish format-standard"><div class="td-post-header"><header class="td-post-title"><h1 class="entry-title">The new footbridge</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/mholt/">Mary Holt</a><div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2022-05-03T10:00:00+00:00">May 3, 2022</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-91">2417</span></div><div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div></div></header></div>
<div class="td-post-sharing-top"><div id="td_social_sharing_article_top" class="td-post-sharing td-ps-bg td-ps-notext"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="#"><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-twitter" href="#"><div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-pinterest" href="#"><div class="td-social-but-text">Pinterest</div></a></div></div></div>
<div class="td-post-content tagdiv-type">${paras(STORY)}</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="/tag/bridge/">bridge</a></li><li><a href="/tag/volunteers/">volunteers</a></li></ul></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span><a href="/2022/05/02/fete/">Summer fete moves to the green</a></div></div></div></footer></article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title td-block-title"><a class="td-related-left" href="#">RELATED ARTICLES</a><a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4><div class="td_block_inner"><div class="td-related-row"><div class="td-related-span4"><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/2022/04/20/meadow/">Meadow reopens after the floods</a></h3></div></div></div></div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3><p class="comment-notes">Please enter your comment!</p><p class="comment-form-author"><input class="" id="author" name="author" placeholder="Name:*" type="text"></p></div></div>
</div></div></div></div></div></div>`,
  ),
  must: STORY,
  mustNot: [
    '2417',
    'Pinterest',
    'TAGS',
    'volunteers</a>',
    'Previous article',
    'Summer fete',
    'RELATED ARTICLES',
    'MORE FROM AUTHOR',
    'Meadow reopens',
    'LEAVE A REPLY',
    'Please enter your comment',
  ],
};

/** Substack: like, comment and share buttons, a subscribe widget in the middle of the post, "Share" and "Leave a comment" buttons at its end. */
const substackBody: ConstructedPage = {
  name: 'Substack post: subscription widget inside the body, like/comment/Share buttons, "Leave a comment", comments',
  url: 'https://riversidenotes.substack.com/p/the-new-footbridge',
  html: doc(
    'The new footbridge - by Mary Holt - Riverside Notes',
    `<div id="main" class="main typography"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">The new footbridge</h1><h3 class="subtitle">Oak, volunteers and a very wet April</h3>
<div class="post-meta"><div class="byline-wrapper"><a href="https://substack.com/@maryholt">Mary Holt</a><div>May 03, 2022</div></div>
<div class="post-ufi"><a class="post-ufi-button like-button-container"><div class="label">31</div></a><a class="post-ufi-button post-ufi-comment-button" href="/p/the-new-footbridge/comments"><div class="label">4</div></a><a class="post-ufi-button"><div class="label">Share</div></a></div></div></div>
<div class="available-content"><div class="body markup" dir="auto">${paras(STORY.slice(0, 2))}
<div class="subscription-widget-wrap-editor" data-attrs="{}"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading Riverside Notes! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>
${paras(STORY.slice(2))}
<p class="button-wrapper" data-attrs="{}"><a class="button primary" href="https://riversidenotes.substack.com/p/the-new-footbridge?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>
<p class="button-wrapper" data-attrs="{}"><a class="button primary" href="https://riversidenotes.substack.com/p/the-new-footbridge/comments"><span>Leave a comment</span></a></p></div></div>
<div class="post-footer"><div class="post-ufi"><a class="post-ufi-button like-button-container"><div class="label">31</div></a><a class="post-ufi-button"><div class="label">Share</div></a></div></div></article>
<div class="comments-section"><h4>Discussion about this post</h4><div class="comment"><a class="comment-author" href="https://substack.com/@tom">Tom Reed</a><span class="comment-timestamp">May 4</span><div class="comment-body"><p>Walked across it this morning. Solid as a rock.</p></div><a class="comment-actions">Reply</a></div></div></div></div></div>`,
  ),
  must: STORY,
  mustNot: [
    'Thanks for reading Riverside Notes',
    'Subscribe for free',
    'Type your email',
    'Leave a comment',
    'Discussion about this post',
    'Solid as a rock',
    'Tom Reed',
  ],
};

/** Medium: reading time, "Follow", clap and response counts, "Written by", follower count, "More from", "Recommended from Medium". */
const mediumBody: ConstructedPage = {
  name: 'Medium story: "5 min read", "Follow", clap counts, "Written by", followers, "More from", "Recommended from Medium"',
  url: 'https://medium.com/@maryholt/the-new-footbridge-8c1d2e3f4a5b',
  html: doc(
    'The new footbridge | by Mary Holt | Medium',
    `<div id="root"><nav><a href="/" aria-label="Homepage">Medium</a><a href="/m/signin">Sign in</a><a href="/m/signin?operation=register">Get started</a></nav>
<article><div class="l"><section><div class="fr fs"><h1 class="pw-post-title" data-testid="storyTitle">The new footbridge</h1>
<div class="speechify-ignore ab"><a data-testid="authorName" href="/@maryholt">Mary Holt</a> <span>·</span> <button>Follow</button>
<div><span data-testid="storyReadTime">5 min read</span><span>·</span><span data-testid="storyPublishDate">May 3, 2022</span></div>
<div class="pw-multi-vote-count"><button>1.1K</button></div><div class="pw-responses-count"><button>12</button></div></div>
${paras(STORY)}</div></section></div></article>
<div class="speechify-ignore"><div><h2 class="pw-author-name">Written by Mary Holt</h2><p><a href="/@maryholt/followers">2.3K Followers</a></p><p>Parish clerk, river watcher, occasional bridge builder.</p><button>Follow</button></div>
<div><h2>More from Mary Holt</h2><article><a href="/@maryholt/flood"><h2>What the flood taught us about sandbags</h2></a><span>Nov 12, 2021</span></article></div>
<div><h2>Recommended from Medium</h2><article><a href="/@tom/oak"><p>Tom Reed</p><h2>Why green oak moves as it dries</h2></a></article></div></div></div>`,
  ),
  must: STORY,
  mustNot: [
    '5 min read',
    'Follow',
    '1.1K',
    'Written by Mary Holt',
    'Followers',
    'More from Mary Holt',
    'sandbags',
    'Recommended from Medium',
    'green oak',
  ],
};

/** Ghost (Casper): the footer call to action "Sign up for more like this." and the read-more cards. */
const ghostBody: ConstructedPage = {
  name: 'Ghost Casper post: "Sign up for more like this.", "Enter your email", read-more post cards, "Powered by Ghost"',
  url: 'https://riverside-letters.example/the-new-footbridge/',
  html: doc(
    'The new footbridge',
    `<div class="viewport"><header id="gh-head" class="gh-head outer"><a class="gh-head-logo" href="/">Riverside Letters</a><a class="gh-head-button" href="#/portal/signup">Subscribe</a></header>
<main id="site-main" class="site-main"><article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">The new footbridge</h1>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/mary/">Mary Holt</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2022-05-03">May 3, 2022</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span></div></div></div></header>
<section class="gh-content gh-canvas">${paras(STORY)}</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/flood/"><header class="post-card-header"><h2 class="post-card-title">What the flood taught us</h2></header><div class="post-card-excerpt">Sandbags, neighbours and a long night by the river.</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2021-11-12">Nov 12, 2021</time><span class="post-card-meta-length">3 min read</span></footer></div></article></div></aside></main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Riverside Letters</a> &copy; 2022</section><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer></div>`,
  ),
  must: STORY,
  mustNot: [
    '2 min read',
    'Sign up for more like this',
    'Enter your email',
    'What the flood taught us',
    'Sandbags, neighbours',
    'Powered by Ghost',
  ],
};

/** Drupal 7 (Bartik): "Submitted by editor3 on Tue, 05/03/2022 - 10:32" above the body, "Add new comment" below. */
const drupalBody: ConstructedPage = {
  name: 'Drupal 7 article: "Submitted by editor3 on Tue, 05/03/2022 - 10:32" line above the body, tags, "Add new comment"',
  url: 'https://riverside-parish.example/content/new-footbridge',
  html: doc(
    'The new footbridge | Riverside Parish',
    `<div id="page"><div id="header"><div id="site-name"><strong><a href="/" rel="home"><span>Riverside Parish</span></a></strong></div></div>
<div id="main"><div id="content" class="column"><h1 class="title" id="page-title">The new footbridge</h1>
<div id="node-12" class="node node-article node-promoted clearfix"><div class="meta submitted"><span property="dc:date dc:created" content="2022-05-03T10:00:00+01:00" datatype="xsd:dateTime">Submitted by <span class="username">editor3</span> on Tue, 05/03/2022 - 10:00</span></div>
<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">${paras(STORY)}</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tags/bridge">bridge</a></div></div></div></div>
<div class="link-wrapper"><ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/12#comment-form">Add new comment</a></li></ul></div></div></div></div>
<div id="footer-wrapper"><div id="footer">Powered by <a href="https://www.drupal.org">Drupal</a></div></div></div>`,
  ),
  must: STORY,
  mustNot: ['Submitted by', 'editor3', 'Tags:', 'Add new comment', 'Powered by'],
};

/** Joomla 3 (German): the article-info list "Details", "Geschrieben von …", "Kategorie: …", "Veröffentlicht: …", "Zugriffe: 57". */
const joomlaBody: ConstructedPage = {
  name: 'Joomla 3 German article: article-info list "Details / Geschrieben von / Kategorie: / Veröffentlicht: / Zugriffe:"',
  url: 'https://www.sv-flussdorf.example/index.php/aktuelles/12-neue-fussgaengerbruecke',
  html: doc(
    'Neue Fußgängerbrücke',
    `<div class="body"><div class="container"><header class="header"><a class="brand" href="/"><span class="site-title">SV Flussdorf</span></a></header>
<main id="content" class="span9"><div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">Neue Fußgängerbrücke</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Geschrieben von <span itemprop="name">Maria Holt</span></dd>
<dd class="category-name">Kategorie: <a href="/index.php/aktuelles" itemprop="genre">Aktuelles</a></dd><dd class="published"><time datetime="2022-05-03T10:00:00+02:00" itemprop="datePublished">Veröffentlicht: 03. Mai 2022</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:57">Zugriffe: 57</dd></dl>
<div itemprop="articleBody">${paras([
      'Jedes Frühjahr überschwemmt der Fluss die untere Wiese, und jedes Frühjahr verschwindet der alte Steg für ein, zwei Wochen im braunen Wasser.',
      'In diesem Jahr hat der Verein beschlossen, ihn um einen halben Meter anzuheben, mit Eichenholz aus dem Gemeindewald und vielen freiwilligen Helfern.',
      'Zwölf Helfer kamen am ersten Samstag, die meisten im Ruhestand, zwei Jugendliche, denen man gesagt hatte, das mache sich gut im Lebenslauf.',
    ])}</div></div></main></div></div>`,
    'de',
  ),
  must: [
    'Jedes Frühjahr überschwemmt der Fluss die untere Wiese, und jedes Frühjahr verschwindet der alte Steg für ein, zwei Wochen im braunen Wasser.',
    'Zwölf Helfer kamen am ersten Samstag, die meisten im Ruhestand, zwei Jugendliche, denen man gesagt hatte, das mache sich gut im Lebenslauf.',
  ],
  mustNot: ['Details', 'Geschrieben von', 'Kategorie:', 'Veröffentlicht:', 'Zugriffe: 57'],
};

/** A government press release: "FOR IMMEDIATE RELEASE", the release date, the "###" end mark and the media contact after it. */
const pressReleaseBody: ConstructedPage = {
  name: 'Government press release: "FOR IMMEDIATE RELEASE", "###" end mark, "Media Contact" box',
  url: 'https://www.county.example/news/press-releases/2022/new-footbridge',
  html: doc(
    'County Opens New Footbridge | Riverside County',
    `<header class="site-header"><a href="/" class="logo">Riverside County</a></header><main id="main-content"><div class="press-release-detail">
<p class="release-type">FOR IMMEDIATE RELEASE</p><p class="release-date">May 3, 2022</p><h1 class="release-title">County Opens New Footbridge</h1>
<div class="release-body">${paras(STORY)}<p>###</p></div>
<div class="media-contact"><h2>Media Contact</h2><p>Mary Holt, Communications Officer</p><p>(555) 987-6543</p></div></div></main>`,
  ),
  must: STORY,
  mustNot: ['FOR IMMEDIATE RELEASE', '###', 'Media Contact', 'Communications Officer', '(555) 987-6543'],
};

/** Wix blog: the author and counters named by data-hook ("user-name", "time-to-read", "view-count", "comment-count"), "Recent Posts", comments. */
const wixBody: ConstructedPage = {
  name: 'Wix blog post: data-hook user-name, "3 min read", "Updated:", "12 views", "0 comments", "Recent Posts / See All"',
  url: 'https://www.riversidenotes.example/post/the-new-footbridge',
  html: doc(
    'The new footbridge',
    `<div id="SITE_CONTAINER"><main id="PAGES_CONTAINER"><article class="blog-post-page-font" data-hook="post"><div data-hook="post-header"><div><span data-hook="user-name"><a href="/profile/maryholt/profile">Mary Holt</a></span>
<ul><li><span data-hook="time-ago" title="May 3, 2022">May 3, 2022</span></li><li><span data-hook="time-to-read">3 min read</span></li></ul></div><div data-hook="post-updated-date">Updated: May 4, 2022</div></div>
<h1 data-hook="post-title">The new footbridge</h1><div data-hook="post-description"><div data-id="rich-content-viewer">${paras(STORY)}</div></div>
<div data-hook="post-footer"><span data-hook="view-count">12 views</span><span data-hook="comment-count">0 comments</span></div></article>
<section data-hook="recent-posts"><h3>Recent Posts</h3><a href="/blog">See All</a><div><h3><a href="/post/flood">What the flood taught us</a></h3></div></section></main></div>`,
  ),
  must: STORY,
  mustNot: ['Mary Holt', '3 min read', 'Updated: May 4', '12 views', '0 comments', 'Recent Posts', 'What the flood taught us'],
};

const LONG_STORY = [
  ...STORY,
  'The oak came from a stand of trees felled two winters ago after a storm, and had been drying in the estate barn ever since, waiting for a use.',
  'Nobody on the team had built a bridge before, but the retired joiner who led them had drawn the plans on the back of a seed catalogue.',
  'The county engineer inspected the work twice and signed it off in May, adding only that the handrail should be a little higher for cyclists.',
];

/** Elementor Pro single-post template: every block an "elementor-widget" with an "elementor-widget-container", the post's content too. */
const elementorBody: ConstructedPage = {
  name: 'WordPress Elementor post: content in elementor-widget-container, post-info list, share buttons, author box, post navigation',
  url: 'https://riverside-parish.example/the-new-footbridge-elementor/',
  html: doc(
    'The new footbridge &#8211; Riverside Parish News',
    `<div data-elementor-type="header" class="elementor elementor-location-header"><div class="elementor-widget elementor-widget-theme-site-logo"><a href="/"><img src="/logo.png" alt="Riverside Parish News"></a></div>
<div class="elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav></div></div>
<div data-elementor-type="single-post" class="elementor elementor-location-single post-58 post type-post"><section class="elementor-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title">The new footbridge</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><ul class="elementor-icon-list-items elementor-post-info"><li itemprop="author"><span class="elementor-post-info__item--type-author">Mary Holt</span></li><li itemprop="datePublished"><span class="elementor-post-info__item--type-date">May 3, 2022</span></li><li itemprop="commentCount"><span class="elementor-post-info__item--type-comments">No Comments</span></li></ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">${paras(LONG_STORY)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container"><div class="elementor-grid"><div class="elementor-share-btn elementor-share-btn_facebook"><span class="elementor-share-btn__title">Facebook</span></div><div class="elementor-share-btn elementor-share-btn_twitter"><span class="elementor-share-btn__title">Twitter</span></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-author-box"><div class="elementor-widget-container"><div class="elementor-author-box"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Mary Holt</h4><div class="elementor-author-box__bio">Mary is the parish clerk and has lived by the river for forty years.</div></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-navigation"><div class="elementor-widget-container"><div class="elementor-post-navigation"><div class="elementor-post-navigation__prev"><a href="/flood/" rel="prev"><span class="post-navigation__prev--label">Previous</span><span class="post-navigation__prev--title">What the flood taught us</span></a></div></div></div></div>
</div></div></div></section></div>`,
  ),
  must: LONG_STORY,
  mustNot: ['No Comments', 'Facebook', 'Mary is the parish clerk', 'What the flood taught us', 'Home'],
};

export const CMS_CONSTRUCTED_PAGES: ConstructedPage[] = [
  wpJetpack,
  wpNewspaperBody,
  substackBody,
  mediumBody,
  ghostBody,
  drupalBody,
  joomlaBody,
  pressReleaseBody,
  wixBody,
  elementorBody,
];
