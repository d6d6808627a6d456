/* geozone comparison map: draws the variants the page embeds and the controls to compare them.
 * Needs Leaflet 1.9 (embedded before this file). Entry point: GeoZone.start(map, data). */
(function () {
  "use strict";

  var fmt = function (v, digits) {
    if (v === null || v === undefined || Number.isNaN(v)) return "–";
    return Number(v).toLocaleString("en-GB", {
      minimumFractionDigits: digits || 0,
      maximumFractionDigits: digits || 0,
    });
  };
  var compact = function (v) {
    if (v === null || v === undefined) return "–";
    if (v >= 1e6) return fmt(v / 1e6, 2) + " M";
    if (v >= 1e4) return fmt(v / 1e3, 0) + " k";
    return fmt(v);
  };
  var esc = function (s) {
    return String(s === null || s === undefined ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  };
  var el = function (tag, attrs, html) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (html !== undefined) e.innerHTML = html;
    return e;
  };
  var ICON_FULLSCREEN = "<svg width='16' height='16' viewBox='0 0 16 16' fill='none' " +
    "stroke='#333' stroke-width='2'><path d='M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5'/></svg>";
  var ICON_MEASURE = "<svg width='18' height='18' viewBox='0 0 18 18' fill='none' stroke='#333' " +
    "stroke-width='1.6'><path d='M2 12.5 12.5 2 16 5.5 5.5 16z'/><path d='M5 9.5l1.6 1.6M7.5 " +
    "7l2.2 2.2M10 4.5l1.6 1.6'/></svg>";
  var shortFile = function (f) { return String(f || "").split("/").pop(); };

  /* Geodesic distance on WGS84 (Vincenty's inverse formula), metres. */
  function geodesicM(a, b) {
    var A = 6378137, F = 1 / 298.257223563, B = A * (1 - F);
    var rad = Math.PI / 180;
    var L = (b.lng - a.lng) * rad;
    var U1 = Math.atan((1 - F) * Math.tan(a.lat * rad));
    var U2 = Math.atan((1 - F) * Math.tan(b.lat * rad));
    var sU1 = Math.sin(U1), cU1 = Math.cos(U1), sU2 = Math.sin(U2), cU2 = Math.cos(U2);
    var lam = L, prev, sS, cS, sig, sA, c2A, c2M, C, i = 0;
    do {
      var sl = Math.sin(lam), cl = Math.cos(lam);
      sS = Math.sqrt(Math.pow(cU2 * sl, 2) + Math.pow(cU1 * sU2 - sU1 * cU2 * cl, 2));
      if (sS === 0) return 0;
      cS = sU1 * sU2 + cU1 * cU2 * cl;
      sig = Math.atan2(sS, cS);
      sA = (cU1 * cU2 * sl) / sS;
      c2A = 1 - sA * sA;
      c2M = c2A !== 0 ? cS - (2 * sU1 * sU2) / c2A : 0;
      C = (F / 16) * c2A * (4 + F * (4 - 3 * c2A));
      prev = lam;
      lam = L + (1 - C) * F * sA * (sig + C * sS * (c2M + C * cS * (-1 + 2 * c2M * c2M)));
    } while (Math.abs(lam - prev) > 1e-12 && ++i < 200);
    var u2 = (c2A * (A * A - B * B)) / (B * B);
    var kA = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
    var kB = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
    var dS = kB * sS * (c2M + (kB / 4) * (cS * (-1 + 2 * c2M * c2M) -
      (kB / 6) * c2M * (-3 + 4 * sS * sS) * (-3 + 4 * c2M * c2M)));
    return B * kA * (sig - dS);
  }

  var routeName = function (r) {
    var name = String(r.name || "");
    return name.indexOf(r.id) === 0 ? name : r.id + " " + name;
  };

  /* the point a share of the way along a line (by length in degrees: fine for placing a label) */
  function alongLine(geometry, share) {
    var coords = geometry.type === "MultiLineString" ? [].concat.apply([], geometry.coordinates) :
      geometry.coordinates;
    var seg = [], total = 0;
    for (var i = 1; i < coords.length; i++) {
      var d = Math.hypot(coords[i][0] - coords[i - 1][0], coords[i][1] - coords[i - 1][1]);
      seg.push(d);
      total += d;
    }
    var want = total * share;
    for (var j = 0; j < seg.length; j++) {
      if (want <= seg[j] && seg[j] > 0) {
        var t = want / seg[j], a = coords[j], b = coords[j + 1];
        return [a[1] + t * (b[1] - a[1]), a[0] + t * (b[0] - a[0])];
      }
      want -= seg[j];
    }
    return [coords[0][1], coords[0][0]];
  }

  /* is a point (lon, lat) inside a GeoJSON polygon or multipolygon (even-odd rule)? */
  function inRing(ring, x, y) {
    var inside = false;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  }
  function inPolygon(rings, x, y) {
    if (!rings.length || !inRing(rings[0], x, y)) return false;
    for (var k = 1; k < rings.length; k++) if (inRing(rings[k], x, y)) return false;
    return true;
  }
  function inGeometry(g, x, y) {
    if (!g) return false;
    if (g.type === "Polygon") return inPolygon(g.coordinates, x, y);
    if (g.type === "MultiPolygon") {
      return g.coordinates.some(function (p) { return inPolygon(p, x, y); });
    }
    if (g.type === "GeometryCollection") {
      return g.geometries.some(function (p) { return inGeometry(p, x, y); });
    }
    return false;
  }

  /* width of a label in pixels, in the font the page draws labels with */
  var measureCanvas = null;
  function textWidth(text, font) {
    measureCanvas = measureCanvas || document.createElement("canvas");
    var ctx = measureCanvas.getContext("2d");
    ctx.font = font;
    return ctx.measureText(text).width;
  }

  function sourcesHtml(sources) {
    if (!sources || !sources.length) return "";
    return "<div class='gz-sources'><b>Reported by</b><ul>" + sources.map(function (s) {
      return "<li><span class='gz-file'>" + esc(shortFile(s.file)) + "</span>" +
        (s.role ? " <i>(" + esc(s.role) + ")</i>" : "") +
        "<q>" + esc(s.quote) + "</q></li>";
    }).join("") + "</ul></div>";
  }

  function GeoZoneMap(map, data, tiles) {
    this.map = map;
    this.data = data;
    this.tiles = tiles || {};  // online base layers made by the page (folium), by name
    this.variants = {};   // id -> Leaflet layer (normal view)
    this.rings = {};
    this.context = {};    // name -> layer
    this.order = [];      // variant and ring ids, widest first (drawing order)
    this.comparing = null;
    this.semanticsText = {};
    var self = this;
    data.semantics.forEach(function (s) { self.semanticsText[s.key] = s; });
  }

  GeoZoneMap.prototype.pane = function (name, z) {
    var p = this.map.createPane(name);
    p.style.zIndex = z;
    return p;
  };

  GeoZoneMap.prototype.start = function () {
    var map = this.map, data = this.data, self = this;
    this.pane("gzBase", 150);
    this.pane("gzAreas", 380);
    this.pane("gzZones", 400);
    this.pane("gzRings", 405);
    this.leftPane = this.pane("gzLeft", 410);
    this.rightPane = this.pane("gzRight", 410);
    this.pane("gzLines", 450);
    this.pane("gzPlaces", 460);
    map.getPane("gzBase").style.pointerEvents = "none";
    // popups are panned into the free part of the map by keepInView, not by Leaflet
    L.Popup.mergeOptions({ autoPan: false });
    map.attributionControl.setPrefix(
      "<a href='https://leafletjs.com'>Leaflet</a> · made with geozone");
    map.attributionControl.addAttribution(data.attribution_short);
    this.addBaseLayers();
    this.addAreas();
    this.addZones();
    this.addLines();
    this.addPlaces();
    this.addTools();
    this.addPanel();
    this.addLegend();
    this.addOverlapClicks();
    this.frame();
    this.restack();
    this.labelPlaces();
    map.on("moveend", function () { self.labelPlaces(); });
    map.on("popupopen", function (e) { self.clearNotices(); self.keepInView(e.popup); });
    window.addEventListener("beforeprint", function () { self.printing = true; map.invalidateSize(); self.frame(); });
    window.addEventListener("afterprint", function () { self.printing = false; map.invalidateSize(); self.frame(); });
    window.geozoneReady = performance.now();
    document.body.setAttribute("data-geozone-ready", "1");
    document.dispatchEvent(new CustomEvent("geozone:ready"));
  };

  /* ---- base layers: tiles for online use, Natural Earth countries offline ---- */
  GeoZoneMap.prototype.addBaseLayers = function () {
    var map = this.map, self = this, bases = {};
    var countries = L.layerGroup();
    L.geoJSON({ type: "FeatureCollection", features: this.data.basemap.map(function (c) {
      return { type: "Feature", properties: { name: c.name }, geometry: c.geometry };
    }) }, {
      pane: "gzBase", interactive: false,
      style: function (f) {
        return { color: "#8c8c8c", weight: 1, fillColor: f.properties.name === "Syria" ?
          "#f7f3ea" : "#ece8df", fillOpacity: 1 };
      },
    }).addTo(countries);
    this.data.basemap.forEach(function (c) {
      L.marker(c.label, { pane: "gzBase", interactive: false, keyboard: false,
        icon: L.divIcon({ className: "gz-country", html: esc(c.name), iconSize: null }) })
        .addTo(countries);
    });
    countries.attribution = "Natural Earth";
    var offlineName = "Natural Earth (offline)";
    this.data.tiles.forEach(function (t) {
      bases[t.name] = self.tiles[t.name] || L.tileLayer(t.url, { attribution: t.attribution,
        maxZoom: 18, maxNativeZoom: t.max_zoom, crossOrigin: false });
    });
    bases[offlineName] = countries;
    countries.on("add", function () { map.getContainer().classList.add("gz-offline"); });
    countries.on("remove", function () { map.getContainer().classList.remove("gz-offline"); });
    var first = this.data.tiles.length ? this.data.tiles[0].name : offlineName;
    var start = navigator.onLine === false ? offlineName : first;
    bases[start].addTo(map);
    this.baseLayers = bases;
    this.startBase = start;
    this.baseControl = L.control.layers(bases, null, { position: "topleft", collapsed: true })
      .addTo(map);
    // tiles that never load (no internet behind a working network): fall back to the offline map
    Object.keys(bases).forEach(function (name) {
      var layer = bases[name];
      if (!layer.on || name === offlineName) return;
      var loaded = false, failed = 0;
      layer.on("tileload", function () { loaded = true; });
      layer.on("tileerror", function () {
        failed += 1;
        if (!loaded && failed >= 4 && map.hasLayer(layer)) {
          map.removeLayer(layer);
          countries.addTo(map);
          self.notice(name + " tiles did not load: showing the offline basemap.");
        }
      });
    });
  };

  /* a passing message, at the bottom of the map; it gives way to any popup */
  GeoZoneMap.prototype.notice = function (text) {
    var n = el("div", { class: "gz-notice" }, esc(text));
    this.map.getContainer().appendChild(n);
    setTimeout(function () { n.remove(); }, 8000);
  };

  GeoZoneMap.prototype.clearNotices = function () {
    this.map.getContainer().querySelectorAll(".gz-notice").forEach(function (n) { n.remove(); });
  };

  /* ---- framing: the part of the map the panel, legend and controls leave free ---- */
  GeoZoneMap.prototype.freePadding = function () {
    var box = this.map.getContainer(), m = 14;
    var pad = { left: m, top: m, right: m, bottom: m };
    var corner = function (sel) { return box.querySelector(sel); };
    var tl = corner(".leaflet-top.leaflet-left"), bl = corner(".leaflet-bottom.leaflet-left");
    var br = corner(".leaflet-bottom.leaflet-right");
    if (tl) pad.left = Math.max(pad.left, tl.offsetWidth + m);
    if (bl) pad.bottom = Math.max(pad.bottom, bl.offsetHeight + m);
    if (br) pad.bottom = Math.max(pad.bottom, br.offsetHeight + m);
    if (this.panel && !this.printing) {
      var r = this.panel.getBoundingClientRect(), c = box.getBoundingClientRect();
      if (this.panel.classList.contains("gz-collapsed")) {
        pad.top = Math.max(pad.top, r.bottom - c.top + m);
      } else {
        pad.right = Math.max(pad.right, c.right - r.left + m);
      }
    }
    return pad;
  };

  /* fit the zones shown (else all zones) into the free part of the map */
  GeoZoneMap.prototype.frame = function (bounds) {
    var map = this.map, self = this;
    if (!bounds) {
      var shown = Object.keys(this.variants).filter(function (id) {
        return map.hasLayer(self.variants[id]);
      });
      bounds = L.latLngBounds(this.data.bounds);
      if (shown.length) {
        bounds = self.variants[shown[0]].getBounds();
        shown.forEach(function (id) { bounds.extend(self.variants[id].getBounds()); });
      }
    }
    var pad = this.freePadding();
    map.fitBounds(bounds, { paddingTopLeft: [pad.left, pad.top],
      paddingBottomRight: [pad.right, pad.bottom], animate: false });
    this.framedBounds = bounds;
  };

  /* pan so an open popup lies clear of the panel, legend and controls */
  GeoZoneMap.prototype.keepInView = function (popup) {
    var map = this.map, pad = this.freePadding();
    var node = popup.getElement && popup.getElement();
    if (!node) return;
    var r = node.getBoundingClientRect(), c = map.getContainer().getBoundingClientRect();
    var left = r.left - c.left, right = r.right - c.left;
    var top = r.top - c.top, bottom = r.bottom - c.top;
    var free = { x0: pad.left, x1: c.width - pad.right, y0: pad.top, y1: c.height - pad.bottom };
    var dx = 0, dy = 0;
    if (right > free.x1) dx = right - free.x1;
    if (left - dx < free.x0) dx = left - free.x0;
    if (bottom > free.y1) dy = bottom - free.y1;
    if (top - dy < free.y0) dy = top - free.y0;
    if (dx || dy) map.panBy([dx, dy], { animate: false });
  };

  /* ---- zones and rings ---- */
  GeoZoneMap.prototype.zonePopup = function (v, isRing) {
    var s = this.semanticsText[v.semantics] || { label: v.semantics, meaning: "" };
    var h = "<div class='gz-popup'><h3><span class='gz-swatch' style='background:" + v.colour +
      "'></span>" + esc(v.id) + "</h3>";
    if (isRing) {
      h += "<p>What " + fmt(v.outer_km) + " km adds over " + fmt(v.inner_km) + " km (" +
        esc(s.label.toLowerCase()) + ")</p><table>" +
        "<tr><th>Area</th><td>" + fmt(v.area_km2) + " km²</td></tr></table>";
    } else {
      var f = v.figures || {};
      h += "<p><b>" + fmt(v.width_km) + " km</b>, " + esc(s.label.toLowerCase()) + ": " +
        esc(s.meaning) + (v.side && v.side !== "both" ? " (" + esc(v.side) + " side)" : "") +
        ".</p><table><tr><th>Area</th><td>" + fmt(v.area_km2) + " km² (geodesic)</td></tr>";
      this.data.summary_columns.forEach(function (c) {
        if (c.key === "area_km2" || !(c.key in f)) return;
        var digits = /_km$/.test(c.key) || /_pct$/.test(c.key) ? 1 : 0;
        h += "<tr><th>" + esc(c.title) + "</th><td>" + fmt(f[c.key], digits) + "</td></tr>";
      });
      h += "<tr><th>Max. error</th><td>" + fmt(v.max_error_m, 2) + " m (geodesic)</td></tr>" +
        "</table>";
      if (f.places) h += "<div class='gz-places'><b>Places inside</b> " + esc(f.places) + "</div>";
      if (f.reading) h += "<p class='gz-note'>Reading: " + esc(f.reading) + "</p>";
      if (f.press_only) h += "<p class='gz-warn'>Press only: no official text states " +
        fmt(v.width_km) + " km; reported by " + esc(f.reported_by || "the press") + ".</p>";
      if (f.population_note) h += "<p class='gz-note'>People: " + esc(f.population_note) + "</p>";
      if (f.places_inside_certain !== null && f.places_inside_certain !== undefined) {
        h += "<p class='gz-note'>With the line's uncertainty (" + esc(f.uncertainty) + "): " +
          "places surely–possibly inside " + fmt(f.places_inside_certain) + "–" +
          fmt(f.places_inside_possible) + "; people " + fmt(f.population_low) + "–" +
          fmt(f.population_high) + Object.keys(f).filter(function (k) {
            return /_km_low$/.test(k); }).map(function (k) {
            var r = k.slice(0, -4);
            return "; " + esc(r.slice(0, -3)) + " km " + fmt(f[k], 1) + "–" + fmt(f[r + "_high"], 1);
          }).join("") + Object.keys(f).filter(function (k) {
            return /_share_pct_low$/.test(k); }).map(function (k) {
            var r = k.slice(0, -4);
            return "; share of " + esc(r.slice(0, -10)) + " side " + fmt(f[k], 1) + "–" +
              fmt(f[r + "_high"], 1) + " %";
          }).join("") + ".</p>";
      }
    }
    return h + sourcesHtml(v.sources) + "</div>";
  };

  GeoZoneMap.prototype.zoneLayer = function (v, isRing, pane) {
    return L.geoJSON(v.geometry, {
      pane: pane,
      style: {
        color: v.colour, weight: isRing ? 1 : 2.5, opacity: 1,
        dashArray: isRing ? null : v.dash, fillColor: v.colour,
        fillOpacity: isRing ? 0.45 : 0.18,
        className: "gz-zone gz-v-" + v.id.replace(/[^A-Za-z0-9_-]/g, "_"),
      },
    }).bindPopup(this.zonePopup(v, isRing), { maxWidth: 380, maxHeight: 360 });
  };

  GeoZoneMap.prototype.addZones = function () {
    var self = this, data = this.data;
    var all = data.variants.map(function (v) { return { v: v, ring: false }; })
      .concat(data.rings.map(function (v) { return { v: v, ring: true }; }));
    // widest below, narrowest on top, rings above zones
    all.sort(function (a, b) {
      return (a.ring - b.ring) || (b.v.width_km - a.v.width_km) ||
        ((b.v.inner_km || 0) - (a.v.inner_km || 0));
    });
    all.forEach(function (item) {
      var layer = self.zoneLayer(item.v, item.ring, item.ring ? "gzRings" : "gzZones");
      (item.ring ? self.rings : self.variants)[item.v.id] = layer;
      self.order.push(layer);
    });
    var first = data.semantics.length ? data.semantics[0].key : null;
    data.variants.forEach(function (v) {
      if (v.semantics === first) self.variants[v.id].addTo(self.map);
    });
  };

  GeoZoneMap.prototype.restack = function () {
    var map = this.map;
    this.order.forEach(function (layer) { if (map.hasLayer(layer)) layer.bringToFront(); });
    if (this.labelLayer) this.labelPlaces();
  };

  /* the shown variants that contain a point, narrowest first */
  GeoZoneMap.prototype.containing = function (latlng) {
    var self = this, map = this.map;
    return this.data.variants.filter(function (v) {
      return map.hasLayer(self.variants[v.id]) && inGeometry(v.geometry, latlng.lng, latlng.lat);
    }).sort(function (a, b) { return a.width_km - b.width_km; });
  };

  /* a click where zones overlap lists every variant that contains the point */
  GeoZoneMap.prototype.addOverlapClicks = function () {
    var self = this;
    Object.keys(this.variants).forEach(function (id) {
      self.variants[id].on("click", function (e) { self.overlapPopup(e.latlng); });
    });
  };

  GeoZoneMap.prototype.overlapPopup = function (latlng) {
    var self = this, hits = this.containing(latlng);
    if (hits.length < 2) return null;
    var h = "<div class='gz-popup gz-overlap'><h3>" + hits.length + " zones contain this point" +
      "</h3><table><tr><th>variant</th><td>km²</td><td>people</td></tr>";
    hits.forEach(function (v) {
      var s = self.semanticsText[v.semantics] || { label: v.semantics };
      var f = v.figures || {};
      h += "<tr><th><a href='#' data-variant='" + esc(v.id) + "'><span class='gz-swatch' " +
        "style='background:" + v.colour + "'></span>" + esc(v.id) + "</a> <span class='gz-note'>" +
        fmt(v.width_km) + " km, " + esc(s.label.toLowerCase()) + "</span></th><td>" +
        fmt(v.area_km2) + "</td><td>" + compact(f.population_inside) + "</td></tr>";
    });
    h += "</table><p class='gz-note'>Click a variant for its figures and reports.</p></div>";
    var popup = L.popup({ maxWidth: 400 }).setLatLng(latlng).setContent(h).openOn(this.map);
    popup.getElement().querySelectorAll("a[data-variant]").forEach(function (a) {
      L.DomEvent.on(a, "click", function (e) {
        L.DomEvent.preventDefault(e);
        self.variants[a.getAttribute("data-variant")].openPopup(latlng);
      });
    });
    return popup;
  };

  GeoZoneMap.prototype.show = function (id, on) {
    var layer = this.variants[id] || this.rings[id] || this.context[id];
    if (!layer) return;
    if (on && !this.map.hasLayer(layer)) layer.addTo(this.map);
    if (!on && this.map.hasLayer(layer)) this.map.removeLayer(layer);
    this.restack();
    this.syncChecks();
  };

  GeoZoneMap.prototype.showOnly = function (ids) {
    var self = this;
    Object.keys(this.variants).concat(Object.keys(this.rings)).forEach(function (id) {
      var layer = self.variants[id] || self.rings[id];
      var on = ids.indexOf(id) >= 0;
      if (on && !self.map.hasLayer(layer)) layer.addTo(self.map);
      if (!on && self.map.hasLayer(layer)) self.map.removeLayer(layer);
    });
    this.restack();
    this.syncChecks();
  };

  /* ---- context: clip, side areas, line, routes, places ---- */
  GeoZoneMap.prototype.addAreas = function () {
    var self = this;
    this.data.areas.forEach(function (a) {
      var clip = a.kind === "clip";
      var layer = L.geoJSON(a.geometry, {
        pane: "gzAreas", interactive: !clip,
        style: clip ? { color: "#555", weight: 1.2, dashArray: "6 4", fill: false,
          className: "gz-clip" } :
          { color: "#c51b7d", weight: 0, fillColor: "#c51b7d", fillOpacity: 0.07,
            className: "gz-side-area" },
      });
      if (!clip) {
        layer.bindPopup("<div class='gz-popup'><h3>" + esc(a.name) + "</h3><p>" +
          fmt(a.area_km2) + " km²</p><p class='gz-note'>" + esc(a.note) + "</p></div>");
      }
      var key = clip ? "clip" : "area " + a.name;
      self.context[key] = layer;
      self.context[key].label = clip ? "Clip: " + a.name + " border" : a.name;
      if (clip) layer.addTo(self.map);
    });
  };

  GeoZoneMap.prototype.addLines = function () {
    var self = this, map = this.map;
    this.data.line.forEach(function (l) {
      var layer = L.geoJSON(l.geometry, { pane: "gzLines",
        style: { color: l.colour, weight: 3.5, className: "gz-line" } })
        .bindPopup("<div class='gz-popup'><h3>" + esc(l.name) + "</h3><p>" +
          fmt(l.length_km, 1) + " km (geodesic)</p><p class='gz-note'>" + esc(l.note) +
          "</p></div>");
      self.context.line = layer;
      layer.label = l.name || "Line";
      layer.addTo(map);
    });
    var routes = L.layerGroup();
    this.data.routes.forEach(function (r) {
      var layer = L.geoJSON(r.geometry, { pane: "gzLines",
        style: { color: r.colour, weight: 3, opacity: 0.95, className: "gz-route" } });
      layer.bindPopup("<div class='gz-popup'><h3>" + esc(routeName(r)) +
        "</h3><p>" + esc(r.from) + " to " + esc(r.to) + ", " + fmt(r.length_km, 1) +
        " km (geodesic)</p><p class='gz-note'>" + esc(r.note) + "</p></div>");
      layer.addTo(routes);
      self.shield(r.geometry, r.id, "gz-shield", r.colour).addTo(routes);
    });
    if (this.data.routes.length) {
      this.context.routes = routes;
      routes.label = "Routes " + this.data.routes.map(function (r) { return r.id; }).join(", ");
      routes.addTo(map);
    }
    if (this.data.reported_routes.length) {
      var reported = L.layerGroup();
      this.data.reported_routes.forEach(function (r) {
        L.geoJSON(r.geometry, { pane: "gzLines",
          style: { color: r.colour, weight: 2.5, dashArray: "1 7", lineCap: "round",
            className: "gz-reported-route" } })
          .bindPopup("<div class='gz-popup'><h3>" + esc(r.name) + "</h3><p class='gz-warn'>" +
            esc(r.note) + ".</p><p>Drawn straight between the two places the reports name (" +
            fmt(r.length_km) + " km); no road is meant.</p>" + sourcesHtml(r.sources) +
            "</div>").addTo(reported);
        self.shield(r.geometry, "“" + r.name.replace(" (as reported)", "") + "” as reported",
          "gz-shield gz-shield-reported", r.colour).addTo(reported);
      });
      this.context.reported = reported;
      reported.label = "Route as the reports name it";
      reported.addTo(map);
    }
  };

  GeoZoneMap.prototype.shield = function (geometry, text, cls, colour) {
    var mid = alongLine(geometry, 0.5);
    return L.marker(mid, { pane: "gzPlaces", interactive: false, keyboard: false,
      icon: L.divIcon({ className: cls, iconSize: null,
        html: "<span style='border-color:" + colour + "'>" + esc(text) + "</span>" }) });
  };

  GeoZoneMap.prototype.addPlaces = function () {
    var group = L.layerGroup();
    this.labelLayer = L.layerGroup().addTo(group);
    this.data.places.forEach(function (p) {
      var r = p.population > 0 ? Math.min(9, 3 + Math.log10(p.population) - 2) : 3;
      var m = L.circleMarker([p.lat, p.lon], { pane: "gzPlaces", radius: Math.max(3, r),
        color: "#fff", weight: 1, fillColor: p.colour, fillOpacity: 1,
        className: "gz-place" });
      var pop = p.population > 0 ? fmt(p.population) + " people" : "population unknown";
      m.bindTooltip(esc(p.name) + (p.population > 0 ? " (" + fmt(p.population) + ")" : ""),
        { direction: "top", offset: [0, -4] });
      m.bindPopup("<div class='gz-popup'><h3>" + esc(p.name) + "</h3>" +
        (p.alt_name ? "<p class='gz-note'>GeoNames: " + esc(p.alt_name) + "</p>" : "") + "<p>" + pop +
        (p.side ? "; " + esc(p.side) + " side" : "") + "</p>" +
        (p.inside.length ? "<p>Inside: " + p.inside.map(esc).join(", ") + "</p>" :
          "<p>Inside no zone.</p>") +
        (p.geonameid ? "<p class='gz-note'>GeoNames " + esc(p.geonameid) + "</p>" : "") +
        (p.population_source ? "<p class='gz-note'>Population: " + esc(p.population_source) +
          (p.footprint_km ? "; counted by a footprint disc of " + fmt(p.footprint_km, 1) +
            " km radius" : "") + "</p>" : "") +
        "</div>");
      m.addTo(group);
    });
    if (this.data.places.length) {
      this.context.places = group;
      group.label = "Places (" + this.data.places.length + ")";
      group.addTo(this.map);
    }
  };

  /* Label the places inside the shown zones, and the large towns, where a label
   * fits: largest first, each at the first of four spots beside its dot that
   * overlaps no other label, dot, or the panel and legend. */
  GeoZoneMap.prototype.labelPlaces = function () {
    var map = this.map, self = this, layer = this.labelLayer;
    if (!layer) return;
    layer.clearLayers();
    var shown = {};
    Object.keys(this.variants).forEach(function (id) {
      if (map.hasLayer(self.variants[id])) shown[id] = true;
    });
    var size = map.getSize(), pad = this.freePadding();
    var view = { x0: pad.left, y0: pad.top, x1: size.x - pad.right, y1: size.y - pad.bottom };
    var dots = [], wanted = [], c = map.getContainer().getBoundingClientRect();
    // route shields are fixed obstacles too
    map.getContainer().querySelectorAll(".gz-shield span").forEach(function (e) {
      var r = e.getBoundingClientRect();
      dots.push({ x0: r.left - c.left, y0: r.top - c.top, x1: r.right - c.left,
        y1: r.bottom - c.top, p: null });
    });
    this.data.places.forEach(function (p) {
      var pt = map.latLngToContainerPoint([p.lat, p.lon]);
      dots.push({ x0: pt.x - 4, y0: pt.y - 4, x1: pt.x + 4, y1: pt.y + 4, p: p });
      var inZone = p.inside.some(function (id) { return shown[id]; });
      if (inZone || p.population >= 40000) wanted.push({ p: p, pt: pt, rank: inZone ? 1 : 0 });
    });
    wanted.sort(function (a, b) {
      return (b.rank - a.rank) || (b.p.population - a.p.population) ||
        (a.p.name < b.p.name ? -1 : 1);
    });
    var font = "600 12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    var hit = function (a, b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; };
    var placed = [];
    this.placedLabels = placed;
    wanted.forEach(function (w) {
      var tw = Math.ceil(textWidth(w.p.name, font)) + 4, th = 15, x = w.pt.x, y = w.pt.y;
      var spots = [[7, -th / 2], [-7 - tw, -th / 2], [-tw / 2, -th - 5], [-tw / 2, 5]];
      for (var i = 0; i < spots.length; i++) {
        var b = { x0: x + spots[i][0], y0: y + spots[i][1] };
        b.x1 = b.x0 + tw; b.y1 = b.y0 + th;
        if (b.x0 < view.x0 || b.y0 < view.y0 || b.x1 > view.x1 || b.y1 > view.y1) continue;
        var clash = placed.some(function (o) { return hit(o, b); }) ||
          dots.some(function (d) { return d.p !== w.p && hit(d, b); });
        if (clash) continue;
        placed.push(b);
        b.name = w.p.name;
        L.marker([w.p.lat, w.p.lon], { pane: "gzPlaces", interactive: false, keyboard: false,
          icon: L.divIcon({ className: "gz-place-label", iconSize: null,
            html: "<span style='left:" + spots[i][0] + "px;top:" + spots[i][1] + "px'>" +
              esc(w.p.name) + "</span>" }) }).addTo(layer);
        break;
      }
    });
  };

  /* ---- tools: scale, fullscreen, measure, coordinates ---- */
  GeoZoneMap.prototype.button = function (title, text, onClick) {
    var Ctl = L.Control.extend({
      onAdd: function () {
        var box = el("div", { class: "leaflet-bar gz-tool" });
        var a = el("a", { href: "#", title: title, role: "button", "aria-label": title }, text);
        box.appendChild(a);
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.on(a, "click", function (e) { L.DomEvent.preventDefault(e); onClick(a); });
        return box;
      },
    });
    return new Ctl({ position: "topleft" }).addTo(this.map);
  };

  GeoZoneMap.prototype.addTools = function () {
    var map = this.map, self = this, box = map.getContainer();
    L.control.scale({ imperial: false, maxWidth: 160, position: "bottomleft" }).addTo(map);
    this.button("Full screen", ICON_FULLSCREEN, function () {
      var root = document.documentElement;
      if (document.fullscreenElement) document.exitFullscreen();
      else if (root.requestFullscreen) root.requestFullscreen();
    });
    document.addEventListener("fullscreenchange", function () { map.invalidateSize(); });
    // distance measuring: click points, the total is geodesic (WGS84)
    var measure = { on: false, points: [], line: null, label: null };
    var finish = function () {
      measure.on = false;
      box.classList.remove("gz-measuring");
      if (measure.line) map.removeLayer(measure.line);
      if (measure.label) map.removeLayer(measure.label);
      measure.points = []; measure.line = measure.label = null;
    };
    this.measureButton = this.button("Measure a distance (click points; click here or Esc to end)",
      ICON_MEASURE, function () {
        if (measure.on) { finish(); return; }
        measure.on = true;
        box.classList.add("gz-measuring");
      });
    map.on("click", function (e) {
      if (!measure.on) return;
      measure.points.push(e.latlng);
      if (!measure.line) {
        measure.line = L.polyline(measure.points, { pane: "gzPlaces", color: "#000",
          weight: 2, dashArray: "4 4", interactive: false, className: "gz-measure" }).addTo(map);
      } else measure.line.setLatLngs(measure.points);
      var m = 0;
      for (var i = 1; i < measure.points.length; i++) {
        m += geodesicM(measure.points[i - 1], measure.points[i]);
      }
      if (!measure.label) {
        measure.label = L.tooltip({ permanent: true, direction: "right",
          className: "gz-measure-label" }).setLatLng(e.latlng).setContent("").addTo(map);
      }
      measure.label.setLatLng(e.latlng).setContent(fmt(m / 1000, 2) + " km");
      self.lastMeasure = { km: m / 1000, points: measure.points.map(function (p) {
        return [p.lng, p.lat]; }) };
    });
    document.addEventListener("keydown", function (e) { if (e.key === "Escape" && measure.on) finish(); });
    // coordinates under the cursor
    var Coords = L.Control.extend({
      onAdd: function () { return el("div", { class: "gz-coords" }, "&nbsp;"); },
    });
    var coords = new Coords({ position: "bottomleft" }).addTo(map);
    coords.getContainer().style.visibility = "hidden";
    map.on("mousemove", function (e) {
      coords.getContainer().style.visibility = "visible";
      var lat = e.latlng.lat, lng = e.latlng.wrap().lng;
      coords.getContainer().textContent = Math.abs(lat).toFixed(5) + "° " + (lat >= 0 ? "N" : "S") +
        "  " + Math.abs(lng).toFixed(5) + "° " + (lng >= 0 ? "E" : "W");
    });
  };

  /* ---- side by side: two variants, each clipped to its half of a movable divider ---- */
  GeoZoneMap.prototype.startCompare = function (leftId, rightId) {
    this.stopCompare();
    var find = function (list, id) { return list.filter(function (v) { return v.id === id; })[0]; };
    var all = this.data.variants.concat(this.data.rings);
    var a = find(all, leftId), b = find(all, rightId);
    if (!a || !b) return;
    var self = this, map = this.map;
    this.before = Object.keys(this.variants).concat(Object.keys(this.rings))
      .filter(function (id) { return map.hasLayer(self.variants[id] || self.rings[id]); });
    this.showOnly([]);
    var left = this.zoneLayer(a, a.inner_km !== undefined, "gzLeft").addTo(map);
    var right = this.zoneLayer(b, b.inner_km !== undefined, "gzRight").addTo(map);
    var divider = el("div", { class: "gz-divider" });
    var handle = el("div", { class: "gz-divider-handle", title: "Drag to compare" }, "⟷");
    var labels = el("div", { class: "gz-compare-labels" },
      "<span class='gz-left'>◀ " + esc(a.id) + "</span><span class='gz-right'>" + esc(b.id) +
      " ▶</span>");
    divider.appendChild(handle);
    map.getContainer().appendChild(divider);
    map.getContainer().appendChild(labels);
    L.DomEvent.disableClickPropagation(divider);
    // start in the middle of the part of the map the panel does not cover
    var width = map.getSize().x;
    var cover = this.panel && !this.panel.classList.contains("gz-collapsed") ?
      this.panel.offsetWidth + 10 : 0;
    var ratio = Math.max(0.2, Math.min(0.8, (width - cover) / 2 / width));
    this.comparing = { left: left, right: right, divider: divider, labels: labels, ratio: ratio,
      leftId: leftId, rightId: rightId };
    var drag = function (e) {
      var rect = map.getContainer().getBoundingClientRect();
      self.comparing.ratio = Math.min(0.98, Math.max(0.02, (e.clientX - rect.left) / rect.width));
      self.clipCompare();
    };
    var up = function () {
      document.removeEventListener("pointermove", drag);
      document.removeEventListener("pointerup", up);
      map.dragging.enable();
    };
    L.DomEvent.on(handle, "pointerdown", function (e) {
      L.DomEvent.preventDefault(e);
      map.dragging.disable();
      document.addEventListener("pointermove", drag);
      document.addEventListener("pointerup", up);
    });
    this._clip = function () { self.clipCompare(); };
    map.on("move zoom resize viewreset zoomend moveend", this._clip);
    this.clipCompare();
    this.syncChecks();
  };

  GeoZoneMap.prototype.clipCompare = function () {
    var c = this.comparing, map = this.map;
    if (!c) return;
    var size = map.getSize();
    var x = Math.round(size.x * c.ratio);
    c.divider.style.left = x + "px";
    var nw = map.containerPointToLayerPoint([0, 0]);
    var se = map.containerPointToLayerPoint(size);
    var cut = nw.x + x;
    this.leftPane.style.clip = "rect(" + [nw.y, cut, se.y, nw.x].join("px,") + "px)";
    this.rightPane.style.clip = "rect(" + [nw.y, se.x, se.y, cut].join("px,") + "px)";
  };

  GeoZoneMap.prototype.stopCompare = function () {
    var c = this.comparing, map = this.map;
    if (!c) return;
    map.removeLayer(c.left);
    map.removeLayer(c.right);
    c.divider.remove();
    c.labels.remove();
    map.off("move zoom resize viewreset zoomend moveend", this._clip);
    this.leftPane.style.clip = this.rightPane.style.clip = "";
    this.comparing = null;
    this.showOnly(this.before || []);
  };

  /* ---- the panel: readings, widths, rings, compare, context, summary, reports ---- */
  GeoZoneMap.prototype.addPanel = function () {
    var self = this, data = this.data;
    var Panel = L.Control.extend({
      onAdd: function () {
        var box = el("div", { class: "gz-panel", id: "geozone-panel" });
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
      },
    });
    var box = new Panel({ position: "topright" }).addTo(this.map).getContainer();
    this.panel = box;
    var h = "<div class='gz-head'><button class='gz-collapse' title='Hide or show the panel'>" +
      "≡</button><h1>" + esc(data.title) + "</h1></div><div class='gz-body'>";
    var errors = data.variants.map(function (v) { return v.max_error_m; })
      .filter(function (e) { return e !== null && e !== undefined; });
    h += "<p class='gz-intro'>" + (errors.length ? "Each zone is built on the WGS84 ellipsoid " +
      "and checked against the line: the largest error is " +
      fmt(Math.max.apply(null, errors), 2) + " m. " : "") + "Shapes are drawn within " +
      fmt(Math.ceil(data.display_shift_m), 0) + " m of the exported layers; areas and " +
      "lengths are geodesic.</p>";
    // readings and widths: the layer control
    h += "<section id='geozone-layers'><h2>Zones</h2>";
    data.semantics.forEach(function (s) {
      h += "<div class='gz-reading' data-semantics='" + esc(s.key) + "'><div class='gz-reading-head'>" +
        "<b>" + esc(s.label) + "</b> <button class='gz-only' data-semantics='" + esc(s.key) +
        "'>show only these</button><div class='gz-meaning'>" + esc(s.meaning) + "</div></div>";
      data.variants.filter(function (v) { return v.semantics === s.key; })
        .sort(function (a, b) { return a.width_km - b.width_km; })
        .forEach(function (v) {
          h += "<label class='gz-row'><input type='checkbox' data-layer='" + esc(v.id) + "'>" +
            "<svg width='26' height='14'><rect x='1' y='1' width='24' height='12' fill='" +
            v.colour + "' fill-opacity='.3' stroke='" + v.colour + "' stroke-width='2.5'" +
            (v.dash ? " stroke-dasharray='" + v.dash + "'" : "") + "/></svg> " +
            "<span class='gz-name'>" + fmt(v.width_km) + " km</span><span class='gz-fig'>" +
            fmt(v.area_km2) + " km²</span></label>";
        });
      data.rings.filter(function (v) { return v.semantics === s.key; }).forEach(function (v) {
        h += "<label class='gz-row gz-ring-row'><input type='checkbox' data-layer='" + esc(v.id) +
          "'><span class='gz-swatch' style='background:" + v.colour + "'></span> " +
          "<span class='gz-name'>" + fmt(v.inner_km) + "→" + fmt(v.outer_km) + " km adds</span>" +
          "<span class='gz-fig'>" + fmt(v.area_km2) + " km²</span></label>";
      });
      h += "</div>";
    });
    h += "</section>";
    // compare
    var options = data.variants.concat(data.rings).map(function (v) {
      return "<option value='" + esc(v.id) + "'>" + esc(v.id) + "</option>";
    }).join("");
    h += "<section id='geozone-compare'><h2>Side by side</h2><div class='gz-compare'>" +
      "<select id='gz-left' aria-label='Left variant'>" + options + "</select> | " +
      "<select id='gz-right' aria-label='Right variant'>" + options + "</select> " +
      "<button id='gz-compare-go'>Compare</button><button id='gz-compare-stop' hidden>End</button>" +
      "</div><div class='gz-meaning'>Drag the divider: the left variant shows only left of " +
      "it, the right one only right of it.</div></section>";
    // context
    h += "<section id='geozone-context'><h2>On the map</h2>";
    Object.keys(this.context).forEach(function (k) {
      h += "<label class='gz-row'><input type='checkbox' data-layer='" + esc(k) + "'> " +
        esc(self.context[k].label) + "</label>";
    });
    h += "</section>";
    // summary
    h += "<section id='geozone-summary'><h2>Summary</h2><table><thead><tr><th>variant</th>" +
      data.summary_columns.map(function (c) {
        return "<th title='" + esc(c.title) + "'>" + esc(c.label) + "</th>"; }).join("") +
      "<th title='reports that state this width'>rep.</th></tr></thead><tbody>";
    data.variants.forEach(function (v) {
      var f = v.figures || {};
      h += "<tr data-variant='" + esc(v.id) + "' title='Show only this variant'><td>" +
        "<span class='gz-swatch' style='background:" + v.colour + "'></span>" + esc(v.id) + "</td>" +
        data.summary_columns.map(function (c) {
          var val = c.key === "area_km2" ? v.area_km2 : f[c.key];
          var digits = /_km$/.test(c.key) || /_pct$/.test(c.key) ? 1 : 0;
          if (c.key === "population_inside") {
            return "<td title='" + fmt(val) + "'>" + compact(val) + "</td>";
          }
          return "<td>" + fmt(val, digits) + "</td>";
        }).join("") + "<td title='" + esc(v.sources.map(function (s) {
          return shortFile(s.file); }).join(", ")) + "'>" + v.sources.length + "</td></tr>";
    });
    h += "</tbody></table></section>";
    // reports
    var quotes = {};
    data.variants.forEach(function (v) {
      v.sources.forEach(function (s) {
        var key = (s.file || "") + "\u0000" + s.quote;
        (quotes[key] = quotes[key] || { s: s, ids: [] }).ids.push(v.id);
      });
    });
    var keys = Object.keys(quotes);
    if (keys.length) {
      h += "<section id='geozone-reports'><h2>What the reports say</h2><ul>" +
        keys.map(function (k) {
          var q = quotes[k];
          return "<li><span class='gz-file'>" + esc(shortFile(q.s.file)) + "</span><q>" +
            esc(q.s.quote) + "</q><div class='gz-meaning'>backs " + q.ids.map(esc).join(", ") +
            "</div></li>";
        }).join("") + "</ul></section>";
    }
    if (data.notes.length) {
      h += "<section id='geozone-notes'><h2>Where the reports differ</h2><ul>" +
        data.notes.map(function (n) { return "<li>" + esc(n) + "</li>"; }).join("") +
        "</ul></section>";
    }
    if (data.method_note && data.method_note.length) {
      h += "<section id='geozone-method'><h2>How the figures are made</h2>" +
        data.method_note.map(function (n) { return "<p class='gz-meaning'>" + esc(n) + "</p>"; })
          .join("") + "</section>";
    }
    h += "<section id='geozone-attribution'><h2>Sources of the map</h2><p class='gz-meaning'>" +
      esc(data.attribution) + " Base layers: " + data.tiles.map(function (t) {
        return esc(t.name) + " (" + t.attribution + ")"; }).join("; ") +
      "; Natural Earth (offline, public domain).</p></section>";
    h += "</div>";
    box.innerHTML = h;
    box.querySelector(".gz-collapse").addEventListener("click", function () {
      box.classList.toggle("gz-collapsed");
      self.frame(self.framedBounds);
      self.labelPlaces();
    });
    box.querySelectorAll("input[data-layer]").forEach(function (input) {
      input.addEventListener("change", function () {
        if (self.comparing) self.stopCompare();
        self.show(input.getAttribute("data-layer"), input.checked);
      });
    });
    box.querySelectorAll("button.gz-only").forEach(function (b) {
      b.addEventListener("click", function () {
        if (self.comparing) self.stopCompare();
        var key = b.getAttribute("data-semantics");
        self.showOnly(data.variants.filter(function (v) { return v.semantics === key; })
          .map(function (v) { return v.id; }));
      });
    });
    box.querySelectorAll("#geozone-summary tr[data-variant]").forEach(function (tr) {
      tr.addEventListener("click", function () {
        if (self.comparing) self.stopCompare();
        var id = tr.getAttribute("data-variant");
        self.showOnly([id]);
        self.frame(self.variants[id].getBounds());
      });
    });
    var left = box.querySelector("#gz-left"), right = box.querySelector("#gz-right");
    var defaults = this.defaultPair();
    left.value = defaults[0];
    right.value = defaults[1];
    box.querySelector("#gz-compare-go").addEventListener("click", function () {
      self.startCompare(left.value, right.value);
    });
    box.querySelector("#gz-compare-stop").addEventListener("click", function () {
      self.stopCompare();
    });
    this.syncChecks();
  };

  /* the two readings at the same width when there are two, else the narrowest and widest */
  GeoZoneMap.prototype.defaultPair = function () {
    var v = this.data.variants;
    if (!v.length) return ["", ""];
    var sem = this.data.semantics.map(function (s) { return s.key; });
    if (sem.length > 1) {
      var a = v.filter(function (x) { return x.semantics === sem[0]; });
      var mid = a[Math.floor((a.length - 1) / 2)] || v[0];
      var b = v.filter(function (x) { return x.semantics === sem[1] && x.width_km === mid.width_km; });
      if (b.length) return [mid.id, b[0].id];
    }
    return [v[0].id, v[v.length - 1].id];
  };

  GeoZoneMap.prototype.syncChecks = function () {
    var self = this, map = this.map;
    if (!this.panel) return;
    this.panel.querySelectorAll("input[data-layer]").forEach(function (input) {
      var id = input.getAttribute("data-layer");
      var layer = self.variants[id] || self.rings[id] || self.context[id];
      input.checked = !!layer && map.hasLayer(layer);
    });
    var go = this.panel.querySelector("#gz-compare-go");
    var stop = this.panel.querySelector("#gz-compare-stop");
    if (go) { go.hidden = !!this.comparing; stop.hidden = !this.comparing; }
  };

  /* ---- legend ---- */
  GeoZoneMap.prototype.addLegend = function () {
    var data = this.data, self = this;
    var Legend = L.Control.extend({
      onAdd: function () {
        var box = el("div", { class: "gz-legend", id: "geozone-legend" });
        L.DomEvent.disableClickPropagation(box);
        var h = "<button class='gz-legend-toggle' title='Hide or show the legend' " +
          "aria-label='Hide or show the legend'>Legend</button>" +
          "<div class='gz-legend-col'><b>Zone width</b><div class='gz-legend-widths'>";
        data.legend.forEach(function (w) {
          h += "<span><span class='gz-swatch' style='background:" + w.colour + "'></span>" +
            fmt(w.width_km, w.width_km % 1 ? 1 : 0) + " km</span>";
        });
        h += "</div>";
        h += "<b>Reading</b>";
        data.semantics.forEach(function (s) {
          h += "<div><svg width='30' height='10'><line x1='1' y1='5' x2='29' y2='5' " +
            "stroke='#333' stroke-width='2.5'" + (s.dash ? " stroke-dasharray='" + s.dash + "'" : "") +
            "/></svg> " + esc(s.label.toLowerCase()) + "</div>";
        });
        h += "</div><div class='gz-legend-col'>";
        if (data.line.length) {
          h += "<div><svg width='30' height='10'><line x1='1' y1='5' x2='29' y2='5' stroke='" +
            data.line[0].colour + "' stroke-width='3.5'/></svg> " + esc(data.line[0].name ||
            "line") + "</div>";
        }
        data.routes.forEach(function (r) {
          h += "<div><svg width='30' height='10'><line x1='1' y1='5' x2='29' y2='5' stroke='" +
            r.colour + "' stroke-width='3'/></svg> " + esc(routeName(r)) + "</div>";
        });
        data.reported_routes.forEach(function (r) {
          h += "<div><svg width='30' height='10'><line x1='1' y1='5' x2='29' y2='5' stroke='" +
            r.colour + "' stroke-width='2.5' stroke-dasharray='1 6' stroke-linecap='round'/>" +
            "</svg> " + esc(r.name) + "</div>";
        });
        var sides = {};
        data.places.forEach(function (p) { sides[p.side] = p.colour; });
        Object.keys(sides).sort().reverse().forEach(function (s) {
          h += "<div><svg width='30' height='10'><circle cx='15' cy='5' r='4' fill='" + sides[s] +
            "' stroke='#fff'/></svg> " + (s ? esc(s) + "-held place" : "other place") + "</div>";
        });
        box.innerHTML = h + "</div>";
        box.querySelector(".gz-legend-toggle").addEventListener("click", function () {
          box.classList.toggle("gz-collapsed");
          self.frame(self.framedBounds);
          self.labelPlaces();
        });
        return box;
      },
    });
    this.legend = new Legend({ position: "bottomleft" }).addTo(this.map).getContainer();
  };

  window.GeoZone = {
    start: function (map, data, tiles) {
      var g = new GeoZoneMap(map, data, tiles);
      window.geozone = g;
      g.start();
      return g;
    },
    geodesicM: geodesicM,
  };
})();
