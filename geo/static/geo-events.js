// geo's map pages: popups, tooltips, keyboard access and event markers.
// Document text is only ever put on screen with textContent / createTextNode;
// links are made only from http(s) URLs. Loaded by geo.maps (inlined into each page).
// geoTables comes with the page (geo.maps.tables): plain JSON, or gzip + base64 that
// geoInflate unpacks; work that needs it waits in geoWhenReady. A row of a layer is
// the integers named in geoTables.fields; F maps each name to its position.
var F = {}, geoWaiting = [];
function geoReady() {
    geoTables.fields.forEach(function (name, i) { F[name] = i; });
    var todo = geoWaiting; geoWaiting = null;
    todo.forEach(function (fn) { fn(); });
}
function geoWhenReady(fn) {
    if (geoWaiting === null) { fn(); } else { geoWaiting.push(fn); }
}
function geoInflate(packed) {
    var bytes = Uint8Array.from(atob(packed), function (c) { return c.charCodeAt(0); });
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    new Response(stream).text().then(function (text) { geoTables = JSON.parse(text); geoReady(); });
}
function geoEl(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== null && text !== undefined) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
}
function geoPopup(layer) {
    var T = geoTables, r = layer.geoEvent, pl = T.places[r[F.place]], ty = T.types[r[F.type]], doc = T.docs[r[F.doc]];
    var box = geoEl('div', null, 'geo-popup');
    box.appendChild(geoEl('div', T.dates[r[F.date]], 'geo-date'));
    box.appendChild(geoEl('div', pl[0], 'geo-name'));
    if (pl[1]) { box.appendChild(geoEl('div', 'Also called: ' + pl[1], 'geo-names')); }
    box.appendChild(geoEl('div', ty[1], 'geo-type'));
    if (r[F.actors]) { box.appendChild(geoEl('div', T.extras[r[F.actors]], 'geo-actors')); }
    if (r[F.detail]) { box.appendChild(geoEl('div', T.extras[r[F.detail]], 'geo-detail')); }
    if (r[F.coarse]) {
        box.appendChild(geoEl('div', 'The document names only ' + pl[0] + ' as a whole: the hollow marker stands at its centre, not at a site.', 'geo-coarse'));
    }
    if (r[F.figures]) { box.appendChild(geoEl('div', T.extras[r[F.figures]], 'geo-figures')); }
    if (r[F.spanning]) { box.appendChild(geoEl('div', T.extras[r[F.spanning]], 'geo-spanning')); }
    if (r[F.claim]) {  // several documents tell it: their accounts side by side, this one marked
        box.appendChild(geoClaim(T.claims[r[F.claim] - 1], r[F.doc]));
        return box;
    }
    box.appendChild(geoQuote(T.quotes[r[F.quote]], r[F.mark_start], r[F.mark_end]));
    box.appendChild(geoSource(doc, r[F.page]));
    return box;
}
function geoQuote(text, a, b) {
    var q = geoEl('blockquote', null, 'geo-quote');
    if (a >= 0 && b <= text.length && a < b) {
        q.appendChild(document.createTextNode(text.slice(0, a)));
        q.appendChild(geoEl('mark', text.slice(a, b)));
        q.appendChild(document.createTextNode(text.slice(b)));
    } else {
        q.textContent = text;
    }
    return q;
}
function geoSource(doc, page) {
    var src = geoEl('div', 'according to ', 'geo-source');
    if (doc[1] && /^https?:\/\//i.test(doc[1])) {
        var link = geoEl('a', doc[0]);
        link.href = doc[1]; link.target = '_blank'; link.rel = 'noopener noreferrer';
        src.appendChild(link);
    } else {
        src.appendChild(geoEl('cite', doc[0]));
    }
    if (page) { src.appendChild(document.createTextNode(', p. ' + page)); }  // the PDF page of the quote
    return src;
}
// A happening several documents tell: each account side by side, and what they
// disagree on, stated without a verdict. claim = [disagreement, why, accounts];
// account = [doc, mention, date label, figures, quote, mark start, mark end].
function geoClaim(claim, own) {
    var T = geoTables, box = geoEl('div', null, 'geo-claim');
    box.appendChild(geoEl('div', claim[2].length + ' documents tell this happening', 'geo-claim-head'));
    if (claim[0]) {
        box.appendChild(geoEl('div', 'The accounts differ on: ' + claim[0] + '. geo does not say which is right.', 'geo-disagree'));
    } else {
        box.appendChild(geoEl('div', 'The accounts agree on date and figures.', 'geo-agree'));
    }
    var row = geoEl('div', null, 'geo-accounts');
    for (var i = 0; i < claim[2].length; i++) {
        var ac = claim[2][i], col = geoEl('div', null, ac[0] === own ? 'geo-account geo-own' : 'geo-account');
        col.appendChild(geoSource(T.docs[ac[0]]));
        col.appendChild(geoEl('div', 'writes \u201c' + ac[1] + '\u201d', 'geo-names'));
        col.appendChild(geoEl('div', T.dates[ac[2]], 'geo-date'));
        if (ac[3]) { col.appendChild(geoEl('div', T.extras[ac[3]], 'geo-figures')); }
        col.appendChild(geoQuote(T.quotes[ac[4]], ac[5], ac[6]));
        row.appendChild(col);
    }
    box.appendChild(row);
    box.appendChild(geoEl('div', 'Grouped because: ' + claim[1], 'geo-why'));
    return box;
}
// The sources on a page, each with a box that shows or hides its events on every layer.
var geoByDoc = {};
function geoSources(map) {
    geoWhenReady(function () { geoSourceBox(map); });
}
function geoSourceBox(map) {
    var T = geoTables;
    if (T.docs.length < 2) { return; }
    var Control = L.Control.extend({
        onAdd: function () {
            var box = geoEl('details', null, 'leaflet-control-layers leaflet-control geo-sources');
            box.open = window.innerWidth > 700;  // folded on a phone
            box.setAttribute('aria-label', 'Sources');
            box.appendChild(geoEl('summary', 'Sources (' + T.docs.length + ')'));
            T.docs.forEach(function (doc, d) {
                var label = geoEl('label', null), input = document.createElement('input');
                input.type = 'checkbox'; input.checked = true;
                input.addEventListener('change', function () { geoShowSource(d, input.checked); });
                label.appendChild(input);
                label.title = doc[0];
                label.appendChild(document.createTextNode(' ' + (doc[2] || doc[0]) + ' (' + ((geoByDoc[d] || []).length) + ')'));
                box.appendChild(label);
            });
            L.DomEvent.disableClickPropagation(box);
            L.DomEvent.disableScrollPropagation(box);
            return box;
        }
    });
    new Control({position: 'bottomright'}).addTo(map);
}
function geoShowSource(d, show) {
    (geoByDoc[d] || []).forEach(function (pair) {
        if (show) { pair[0].addLayer(pair[1]); } else { pair[0].removeLayer(pair[1]); }
    });
}
function geoClick(e) { geoOpen(e.target); }
// Open an event's popup: its own if it has one, else one made for it now.
function geoOpen(layer) {
    if (layer.getPopup && layer.getPopup()) { layer.openPopup(); return; }
    var r = layer.geoEvent;
    L.popup({maxWidth: r[F.claim] ? 640 : 380, autoPanPaddingTopLeft: [50, 80]})
        .setLatLng(layer.getLatLng()).setContent(geoPopup(layer)).openOn(layer._map);
}
function geoTooltip(layer) {
    var T = geoTables, r = layer.geoEvent;
    return geoEl('span', T.places[r[F.place]][0] + ' \u2014 ' + T.dates[r[F.date]]);
}
function geoDecorate(ev) {
    var layer = ev.target, node = layer.getElement && layer.getElement();
    if (!node || node.getAttribute('data-period') !== null) { return; }
    var T = geoTables, r = layer.geoEvent;
    node.setAttribute('data-period', layer.geoPeriod);
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    var disputed = r[F.claim] && T.claims[r[F.claim] - 1][0] ? ', sources disagree' : '';
    var coarse = r[F.coarse] ? ', as a whole' : '';
    node.setAttribute('aria-label', T.places[r[F.place]][0] + coarse + ', ' + T.dates[r[F.date]] + ', ' + T.types[r[F.type]][1] + disputed);
    node.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { layer.openPopup(); e.preventDefault(); }
    });
}
function geoShapePoints(spec, x, y, r) {
    if (!spec) { return null; }
    var n = spec[0], a0 = spec[1] * Math.PI / 180, ro = spec[2] * r, ri = spec[3] ? spec[3] * r : null, pts = [];
    var k = ri ? 2 * n : n;
    for (var i = 0; i < k; i++) {
        var rr = (ri && i % 2) ? ri : ro, a = a0 + i * 2 * Math.PI / k;
        pts.push([x + rr * Math.cos(a), y + rr * Math.sin(a)]);
    }
    return pts;
}
function geoMarker(latlng, opts) {
    // the class is made on first use: this script runs before Leaflet is loaded
    window.GeoMarker = window.GeoMarker || L.CircleMarker.extend(GEO_MARKER);
    return new window.GeoMarker(latlng, opts);
}
var GEO_MARKER = {
    _updatePath: function () {
        var pts = geoShapePoints(this.options.shape, this._point.x, this._point.y, this._radius), rd = this._renderer;
        if (!pts) { return rd._updateCircle(this); }
        if (rd instanceof L.Canvas) {
            if (!rd._drawing || this._empty()) { return; }
            var ctx = rd._ctx;
            ctx.beginPath();
            ctx.moveTo(pts[0][0], pts[0][1]);
            for (var i = 1; i < pts.length; i++) { ctx.lineTo(pts[i][0], pts[i][1]); }
            ctx.closePath();
            rd._fillStroke(ctx, this);
        } else {
            rd._setPath(this, this._empty() ? 'M0 0' : 'M' + pts.map(function (p) { return p[0].toFixed(1) + ',' + p[1].toFixed(1); }).join('L') + 'z');
        }
    }
};
function geoAddEvents(map, group, layer, canvas) {
    geoWhenReady(function () { geoAddLayer(map, group, layer, canvas); });
}
function geoAddLayer(map, group, layer, canvas) {
    var T = geoTables, rows = T.layers[layer], period = T.periods[layer], on = map.hasLayer(group), renderer = null;
    if (canvas) { renderer = window.geoCanvas || (window.geoCanvas = L.canvas({padding: 0.5})); }
    if (on) { map.removeLayer(group); }
    for (var i = 0; i < rows.length; i++) {
        var r = rows[i], pl = T.places[r[F.place]], ty = T.types[r[F.type]];
        var opts = {radius: 7, fillColor: ty[2], color: '#222222', weight: 1, fillOpacity: 0.85, search: pl[2], shape: ty[3]};
        if (r[F.coarse]) { opts.fillOpacity = 0.15; opts.radius = 10; opts.weight = 2; opts.color = ty[2]; }  // a region, not a site
        if (r[F.claim] && T.claims[r[F.claim] - 1][0]) { opts.color = '#000000'; opts.weight = 3; opts.dashArray = '3 2'; }
        if (renderer) { opts.renderer = renderer; }
        var mk = geoMarker([pl[3], pl[4]], opts);
        mk.geoEvent = r;
        mk.geoPeriod = period;
        (geoByDoc[r[F.doc]] = geoByDoc[r[F.doc]] || []).push([group, mk]);
        if (renderer) {  // thousands of markers: one popup made on click, not one per marker
            mk.on('click', geoClick);
        } else {
            mk.bindPopup(geoPopup, {maxWidth: r[F.claim] ? 640 : 380, autoPanPaddingTopLeft: [50, 80]});
            mk.bindTooltip(geoTooltip, {sticky: true});
            mk.on('add', geoDecorate);
        }
        group.addLayer(mk);
    }
    if (on) { map.addLayer(group); }
}
// On a phone the legend and other folding boxes start folded, so the map shows.
document.addEventListener('DOMContentLoaded', function () {
    if (window.innerWidth >= 700) { return; }
    Array.prototype.forEach.call(document.querySelectorAll('details.geo-fold'), function (d) { d.open = false; });
});
// The time-slider page: leaflet.timeline makes its markers with these.
function geoTimelinePoint(feature, latlng) {
    var ty = geoTables.types[feature.properties.r[F.type]];
    var r = feature.properties.r, coarse = r[F.coarse];
    return geoMarker(latlng, {radius: coarse ? 10 : 7, fillColor: ty[2], color: coarse ? ty[2] : '#222222', weight: coarse ? 2 : 1,
                              fillOpacity: coarse ? 0.15 : 0.85, shape: ty[3]});
}
function geoTimelineEach(feature, layer) {
    layer.geoEvent = feature.properties.r;
    layer.geoPeriod = feature.properties.p;
    layer.bindPopup(geoPopup, {maxWidth: feature.properties.r[F.claim] ? 640 : 380, autoPanPaddingTopLeft: [50, 80]});
    layer.bindTooltip(geoTooltip, {sticky: true});
    layer.on('add', geoDecorate);
}
