// sardoc's only script, a file of its own because the page's policy forbids inline script.
// It filters findings by severity, and keeps the file a person chose in memory so that a
// download re-sends it: the server keeps nothing and the page never embeds the upload.
(function () {
  "use strict";
  var held = null; // the files from the last form posted on this page, if any

  function filter() {
    var shown = {};
    document.querySelectorAll("input[name=sev]").forEach(function (b) { shown[b.value] = b.checked; });
    document.querySelectorAll("li[data-severity]").forEach(function (li) {
      li.hidden = !shown[li.getAttribute("data-severity")];
    });
    document.querySelectorAll("article.para").forEach(function (a) {
      a.hidden = !a.querySelector("li[data-severity]:not([hidden])");
    });
  }

  function resend(form) {
    // Put the held files into the download form: the same bytes go back, not a copy.
    var filled = true;
    form.querySelectorAll("input[type=file]").forEach(function (input) {
      var file = held && held[input.name];
      if (file) {
        var box = new DataTransfer();
        box.items.add(file);
        input.files = box.files;
      } else if (input.required) {
        filled = false;
      }
    });
    var again = form.querySelector(".again");
    if (again && filled) { again.hidden = true; }
  }

  window.addEventListener("popstate", function () {
    if (held) { location.reload(); }
  });

  document.addEventListener("change", function (e) {
    if (e.target.name === "sev") { filter(); }
  });

  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.hasAttribute("data-holds") || !window.fetch || !window.DataTransfer) { return; }
    var submitter = e.submitter;
    if (submitter && submitter.name === "sample") { return; } // the server has the sample
    e.preventDefault();
    var data = new FormData(form);
    held = {};
    form.querySelectorAll("input[type=file]").forEach(function (input) {
      if (input.files.length) { held[input.name] = input.files[0]; }
    });
    var busy = form.querySelector("[data-busy]");
    if (busy) { busy.textContent = "Checking… this can take a few seconds."; }
    fetch(form.action, { method: "POST", body: data, credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        document.title = page.title;
        document.body.replaceWith(document.adoptNode(page.body));
        document.querySelectorAll("form[data-resend]").forEach(resend);
        // The results replace the form in place; Back brings the form again.
        history.pushState({ sardoc: "results" }, "", location.href);
        window.scrollTo(0, 0);
        var heading = document.querySelector("h1");
        if (heading) { heading.tabIndex = -1; heading.focus(); }
      })
      .catch(function () {
        held = null;
        HTMLFormElement.prototype.submit.call(form); // post it the ordinary way
      });
  });
}());
