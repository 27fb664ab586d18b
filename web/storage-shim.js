// Some private windows refuse local storage: reading window.localStorage
// throws. go-app reads it as it starts and would stop there, leaving a blank
// page. This stand-in answers reads with nothing and refuses writes, so the
// app starts, annotates, and tells the user the article will not be kept.
(function () {
  try {
    window.localStorage.getItem("whosaid.probe");
    return;
  } catch (e) {}
  var refuse = function () {
    throw new DOMException("This browser does not allow local storage here.", "SecurityError");
  };
  var stand_in = {
    length: 0,
    getItem: function () { return null; },
    key: function () { return null; },
    setItem: refuse,
    removeItem: function () {},
    clear: function () {}
  };
  try {
    Object.defineProperty(window, "localStorage", { value: stand_in, configurable: true });
  } catch (e) {}
})();
