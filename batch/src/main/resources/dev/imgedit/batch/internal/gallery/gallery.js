"use strict";
for (const compare of document.querySelectorAll(".compare")) {
  const slider = compare.querySelector("input");
  slider.addEventListener("input", () => compare.style.setProperty("--position", slider.value + "%"));
}
for (const image of document.querySelectorAll("img")) {
  image.addEventListener("error", () => image.closest("figure, .compare")?.classList.add("broken"));
}
