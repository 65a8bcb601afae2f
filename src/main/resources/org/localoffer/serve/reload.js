// Preview only (never in a built site): reload this page when localoffer serve rebuilds the site.
(function () {
  'use strict';
  if (!window.EventSource) {
    return;
  }
  var source = new EventSource('/_localoffer/events');
  source.addEventListener('reload', function () {
    window.location.reload();
  });
}());
