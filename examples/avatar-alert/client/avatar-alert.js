/*
 * avatarAlert(message[, options]) — a drop-in for window.alert(message).
 *
 * The server (POST /api/avatar-alert) has a HeyGen realtime avatar speak the message and answers with the HLS
 * stream to play; this script shows the avatar in a small overlay with the message as a caption, playing the
 * stream with hls.js. When the avatar is unavailable (no API key on the server, the session limit is reached, a
 * network or stream error, or nothing plays within a few seconds) it shows an accessible dialog instead.
 *
 * Unlike alert() it does not block: it returns a Promise that resolves when the message is dismissed, with
 * { mode: 'avatar' } or { mode: 'fallback', reason: '...' }.
 */
(function (window, document) {
  'use strict';

  var defaults = {
    endpoint: '/api/avatar-alert',
    title: 'Notice',
    startTimeout: 15000,   // ms without playback before falling back to the dialog
    minDuration: 6000,     // ms the overlay stays at least
    msPerWord: 450         // reading/speaking time per word, added to the overlay's stay
  };

  var current = null; // the alert on screen: { close(result) }
  var ids = 0;

  function avatarAlert(message, options) {
    var settings = Object.assign({}, defaults, options || {});
    var text = message === undefined || message === null ? '' : String(message);
    if (current) {
      current.close({ mode: 'replaced' });
    }

    return new Promise(function (resolve) {
      var alert = createAlert(text, settings, resolve);
      current = alert;
      alert.start();
    });
  }

  function createAlert(text, settings, resolve) {
    var returnFocus = document.activeElement;
    var overlay = null;
    var dialog = null;
    var hls = null;
    var timers = [];
    var done = false;

    function later(fn, ms) { timers.push(window.setTimeout(fn, ms)); }

    function onKey(event) {
      if (event.key === 'Escape' || event.key === 'Esc') {
        event.preventDefault();
        close({ mode: dialog ? 'fallback' : 'avatar', dismissed: 'escape' });
      }
    }

    function start() {
      document.addEventListener('keydown', onKey);
      overlay = buildOverlay(text, function () { close({ mode: 'avatar', dismissed: 'button' }); });
      later(function () { fallback('timeout'); }, settings.startTimeout);
      window.fetch(settings.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ text: text }),
        credentials: 'same-origin'
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok || !body.playbackUrl) {
            fallback((body.error && body.error.code) || 'http_' + response.status);
            return;
          }

          play(body.playbackUrl);
        });
      }, function () {
        fallback('network_error');
      });
    }

    function play(url) {
      if (done || dialog) { return; }
      var video = overlay.video;
      video.addEventListener('playing', function () {
        if (done || dialog) { return; }
        overlay.root.setAttribute('data-state', 'playing');
        var words = text.split(/\s+/).filter(Boolean).length;
        later(function () { close({ mode: 'avatar', dismissed: 'timeout' }); }, Math.max(settings.minDuration, words * settings.msPerWord + 2000));
      }, { once: true });

      if (window.Hls && window.Hls.isSupported()) {
        hls = new window.Hls({ lowLatencyMode: true });
        hls.on(window.Hls.Events.ERROR, function (_, data) {
          if (data && data.fatal) { fallback('stream_error'); }
        });
        hls.on(window.Hls.Events.MANIFEST_PARSED, function () { begin(video); });
        hls.loadSource(url);
        hls.attachMedia(video);
      } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
        video.src = url; // Safari plays HLS natively.
        begin(video);
      } else {
        fallback('no_hls_support');
      }

      function begin(v) {
        var attempt = v.play();
        if (attempt && attempt.catch) {
          attempt.catch(function (error) {
            // Autoplay with sound needs a user gesture; muted playback still shows the avatar and the caption.
            if (error && error.name === 'NotAllowedError' && !v.muted) {
              v.muted = true;
              v.play().catch(function () { fallback('autoplay_blocked'); });
            } else if (!done && !dialog) {
              fallback('playback_error');
            }
          });
        }
      }
    }

    function fallback(reason) {
      if (done || dialog) { return; }
      if (overlay && overlay.root.getAttribute('data-state') === 'playing') { return; }
      teardownOverlay();
      dialog = buildDialog(settings.title, text, reason, function () { close({ mode: 'fallback', reason: reason, dismissed: 'button' }); });
      dialog.ok.focus();
    }

    function teardownOverlay() {
      if (hls) { hls.destroy(); hls = null; }
      if (overlay) {
        overlay.video.pause();
        overlay.video.removeAttribute('src');
        overlay.root.parentNode && overlay.root.parentNode.removeChild(overlay.root);
        overlay = null;
      }
    }

    function close(result) {
      if (done) { return; }
      done = true;
      timers.forEach(window.clearTimeout);
      document.removeEventListener('keydown', onKey);
      teardownOverlay();
      var hadDialog = !!dialog;
      if (dialog) {
        dialog.root.parentNode && dialog.root.parentNode.removeChild(dialog.root);
        if (!result.reason && dialog.reason) { result.reason = dialog.reason; }
        dialog = null;
      }

      if (current && current.close === close) { current = null; }
      // Give focus back where the user was, as a native alert does.
      if (hadDialog && returnFocus && typeof returnFocus.focus === 'function' && document.contains(returnFocus)) {
        returnFocus.focus();
      }

      resolve(result);
    }

    return { start: start, close: close };
  }

  function buildOverlay(text, onClose) {
    var id = 'avatar-alert-caption-' + (++ids);
    var root = document.createElement('aside');
    root.className = 'avatar-alert';
    root.setAttribute('data-state', 'connecting');
    // A live region: screen readers announce the caption without focus being moved (the overlay is non-blocking).
    root.setAttribute('role', 'status');
    root.setAttribute('aria-live', 'polite');
    root.setAttribute('aria-labelledby', id);

    var video = document.createElement('video');
    video.className = 'avatar-alert__video';
    video.setAttribute('playsinline', '');
    video.setAttribute('aria-hidden', 'true'); // The caption carries the message; the video is decoration for AT.
    video.autoplay = true;

    var caption = document.createElement('p');
    caption.className = 'avatar-alert__caption';
    caption.id = id;
    caption.textContent = text;

    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'avatar-alert__close';
    close.setAttribute('aria-label', 'Dismiss message');
    close.textContent = '\u00d7';
    close.addEventListener('click', onClose);

    root.appendChild(video);
    root.appendChild(caption);
    root.appendChild(close);
    document.body.appendChild(root);
    return { root: root, video: video, caption: caption };
  }

  function buildDialog(title, text, reason, onOk) {
    var n = ++ids;
    var root = document.createElement('div');
    root.className = 'avatar-alert-dialog';
    root.setAttribute('role', 'alertdialog');
    root.setAttribute('aria-modal', 'false'); // Non-blocking, unlike alert(): the page stays usable.
    root.setAttribute('aria-labelledby', 'avatar-alert-title-' + n);
    root.setAttribute('aria-describedby', 'avatar-alert-message-' + n);
    root.setAttribute('data-reason', reason);

    var heading = document.createElement('h2');
    heading.id = 'avatar-alert-title-' + n;
    heading.textContent = title;

    var message = document.createElement('p');
    message.id = 'avatar-alert-message-' + n;
    message.textContent = text;

    var ok = document.createElement('button');
    ok.type = 'button';
    ok.textContent = 'OK';
    ok.addEventListener('click', onOk);

    root.appendChild(heading);
    root.appendChild(message);
    root.appendChild(ok);
    document.body.appendChild(root);
    return { root: root, ok: ok, reason: reason };
  }

  avatarAlert.defaults = defaults;
  window.avatarAlert = avatarAlert;
})(window, document);
