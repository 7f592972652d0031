// The review queue's keyboard: j next, k previous, c confirm, r reject (the note field takes
// the focus; Enter sends it), a assign (the milestone field takes the focus). Keys typed in a
// field are the field's. Without this script every button still works.
(function () {
  "use strict";
  function items() { return Array.prototype.slice.call(document.querySelectorAll("article.item")); }
  function current() { return document.querySelector("article.item.current"); }
  function select(item) {
    if (!item) { return; }
    items().forEach(function (el) { el.classList.remove("current"); });
    item.classList.add("current");
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: "nearest" });
  }
  function move(step) {
    var all = items();
    var index = all.indexOf(current());
    select(all[Math.min(Math.max(index + step, 0), all.length - 1)] || all[0]);
  }
  function start() {
    var all = items();
    if (!all.length) { return; }
    var wanted = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    select(wanted && wanted.classList.contains("item") ? wanted : all[0]);
  }
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) { return; }
    var item = current();
    if (event.key === "j") { move(1); }
    else if (event.key === "k") { move(-1); }
    else if (event.key === "c" && item) {
      var confirm = item.querySelector("form.confirm");
      if (confirm) { confirm.requestSubmit(); }
    } else if (event.key === "r" && item) {
      var note = item.querySelector("form.reject input.note");
      if (note) { note.focus(); }
    } else if (event.key === "a" && item) {
      var field = item.querySelector("form.assign input.milestone");
      if (field) { field.focus(); field.select(); }
    } else { return; }
    event.preventDefault();
  });
  document.addEventListener("click", function (event) {
    var item = event.target.closest ? event.target.closest("article.item") : null;
    if (item) { items().forEach(function (el) { el.classList.toggle("current", el === item); }); }
  });
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); }
  else { start(); }
})();
