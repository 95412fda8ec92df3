// Keeps every deadline on the page current between live updates, gives htmx the page's CSRF token, and takes a
// problem summary's link on to its field.
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
  // A link of the problem summary goes to a field's message; the field that message describes takes the focus.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("#problem a[href$='-error']");
    if (!link) { return; }
    var field = document.querySelector("[aria-describedby~='" + link.getAttribute("href").substring(1) + "']");
    if (!field) { return; }
    event.preventDefault();
    for (var open = field.closest("details"); open; open = open.parentElement.closest("details")) { open.open = true; }
    field.focus();
    field.scrollIntoView({block: "center"});
  });
  document.addEventListener("htmx:afterSettle", tick);
})();
