// Keeps every deadline on the page current between live updates, and gives htmx the page's CSRF token.
(function () {
  "use strict";
  function amount(ms) {
    var minutes = Math.max(1, Math.floor(Math.abs(ms) / 60000));
    var days = Math.floor(minutes / 1440), hours = Math.floor((minutes % 1440) / 60), rest = minutes % 60;
    if (days > 0) { return hours > 0 ? days + " d " + hours + " h" : days + " d"; }
    if (hours > 0) { return rest > 0 ? hours + " h " + rest + " min" : hours + " h"; }
    return rest + " min";
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll("[data-deadline]").forEach(function (element) {
      var left = Date.parse(element.getAttribute("data-deadline")) - now;
      var time = element.querySelector("time");
      if (!time || isNaN(left)) { return; }
      var words = left > 0 ? (element.getAttribute("data-left") || "{0} left") : (element.getAttribute("data-overdue") || "overdue by {0}");
      time.textContent = words.replace("{0}", amount(left));
      element.classList.toggle("overdue", left <= 0);
      element.classList.toggle("soon", left > 0 && left < 86400000);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    tick();
    setInterval(tick, 30000);
    var header = document.querySelector("meta[name=csrf-header]"), token = document.querySelector("meta[name=csrf-token]");
    document.body.addEventListener("htmx:configRequest", function (event) {
      if (header && token) { event.detail.headers[header.content] = token.content; }
    });
  });
  document.addEventListener("htmx:afterSettle", tick);
})();
