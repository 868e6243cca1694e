// The demo page's only script: three ways to say "saved". No inline script, so a strict CSP works.
(function ($) {
  'use strict';
  var message = 'Your changes were saved';

  // Before: alert(message). After, on a page that uses jQuery:
  $('#save').on('click', function () {
    $.avatarAlert(message);
  });

  // Without jQuery:
  document.getElementById('save-vanilla').addEventListener('click', function () {
    window.avatarAlert(message);
  });

  document.getElementById('save-classic').addEventListener('click', function () {
    window.alert(message);
  });
})(window.jQuery);
