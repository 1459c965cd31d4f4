// The unit's electronic screen: show one slide at a time, keep the clock, reload now and then.
// Without this script every slide shows, one under the other, and a <noscript> meta refresh
// reloads the page.
(function () {
  "use strict";

  function pad(n) {
    return String(n).padStart(2, "0");
  }

  function start() {
    var screen = document.querySelector(".kiosk-screen");
    if (!screen) {
      return;
    }
    var slides = Array.prototype.slice.call(screen.querySelectorAll(".slide"));
    var interval = (parseInt(screen.dataset.interval, 10) || 15) * 1000;
    var reload = (parseInt(screen.dataset.reload, 10) || 600) * 1000;
    var current = 0;

    screen.classList.add("rotating");
    function show(index) {
      slides.forEach(function (slide, i) {
        slide.classList.toggle("active", i === index);
        slide.setAttribute("aria-hidden", i === index ? "false" : "true");
      });
    }
    show(current);
    if (slides.length > 1) {
      window.setInterval(function () {
        current = (current + 1) % slides.length;
        show(current);
      }, interval);
    }

    // The township's time, whatever the screen's own clock is set to.
    var clock = screen.querySelector(".kiosk-clock");
    var format = null;
    try {
      format = new Intl.DateTimeFormat("sv-SE", {
        timeZone: screen.dataset.timezone || undefined,
        year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit"
      });
    } catch (e) {
      format = null;
    }
    function tick() {
      var now = new Date();
      clock.textContent = format ? format.format(now) :
        now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate()) +
        " " + pad(now.getHours()) + ":" + pad(now.getMinutes());
      clock.setAttribute("datetime", now.toISOString());
    }
    if (clock) {
      tick();
      window.setInterval(tick, 1000);
    }

    // Reload for fresh disclosures; while the network is down keep what is shown and retry,
    // rather than leave an error page on the screen.
    function refresh() {
      if (navigator.onLine === false) {
        window.setTimeout(refresh, 60000);
        return;
      }
      window.location.reload();
    }
    window.setTimeout(refresh, reload);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
