/*
 * $.avatarAlert(message[, options]) — avatarAlert() for pages that already use jQuery: replace alert(msg) with
 * $.avatarAlert(msg). Returns a jQuery promise resolved with the same result as avatarAlert() (done/then work).
 * Load after jQuery and avatar-alert.js.
 */
(function ($, window) {
  'use strict';
  if (!$ || !window.avatarAlert) {
    throw new Error('jquery.avatar-alert.js needs jQuery and avatar-alert.js to be loaded first.');
  }

  $.avatarAlert = function (message, options) {
    var deferred = $.Deferred();
    window.avatarAlert(message, options).then(deferred.resolve, deferred.reject);
    return deferred.promise();
  };
})(window.jQuery, window);
