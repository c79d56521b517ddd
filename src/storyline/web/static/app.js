// storyline web app: progressive enhancement only; every page works without it.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // filters: submit when a select changes, and leave empty fields out of the URL
  const form = document.getElementById("filters");
  if (form) {
    form.querySelectorAll("select").forEach((el) => el.addEventListener("change", () => form.requestSubmit()));
    form.addEventListener("submit", () => {
      form.querySelectorAll("input, select").forEach((el) => { if (!el.value) el.disabled = true; });
    });
  }
  // event page: bring the first highlighted evidence sentence into view
  const first = document.querySelector(".doc-text .evidence");
  if (first && !location.hash) first.scrollIntoView({ block: "center" });
});
