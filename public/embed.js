/*
 * Figures of Speech embed resizer. Include once on a page that holds our iframes (marked
 * data-fos-embed): each iframe is set to the height its page reports, in pym.js's message
 * format, so pages that already use pym.js parents need nothing else.
 */
(function () {
  if (window.__fosEmbed) return;
  window.__fosEmbed = true;
  window.addEventListener('message', function (event) {
    if (typeof event.data !== 'string') return;
    var m = /^pymxPYMx(.+?)xPYMxheightxPYMx(\d+)$/.exec(event.data);
    if (!m) return;
    var frames = document.querySelectorAll('iframe[data-fos-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = m[2] + 'px';
    }
  });
  // An iframe that loaded before this script ran has already reported its height to no one: ask
  // again, as pym.js parents do, with a width message (one still loading reports once it loads).
  var present = document.querySelectorAll('iframe[data-fos-embed]');
  for (var j = 0; j < present.length; j++) {
    if (present[j].contentWindow)
      present[j].contentWindow.postMessage(
        'pymxPYMxfosxPYMxwidthxPYMx' + present[j].clientWidth,
        '*',
      );
  }
})();
