// geo's map pages: popups, tooltips, keyboard access and event markers.
// Document text is only ever put on screen with textContent / createTextNode;
// links are made only from http(s) URLs. Loaded by geo.render (inlined into each page).
function geoEl(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== null && text !== undefined) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
}
function geoPopup(layer) {
    var T = geoTables, r = layer.geoEvent, pl = T.places[r[0]], ty = T.types[r[3]], doc = T.docs[r[2]];
    var box = geoEl('div', null, 'geo-popup');
    box.appendChild(geoEl('div', T.dates[r[4]], 'geo-date'));
    box.appendChild(geoEl('div', pl[0], 'geo-name'));
    if (pl[1]) { box.appendChild(geoEl('div', 'Also called: ' + pl[1], 'geo-names')); }
    box.appendChild(geoEl('div', ty[1], 'geo-type'));
    if (r[7]) { box.appendChild(geoEl('div', T.extras[r[7]], 'geo-figures')); }
    if (r[8]) { box.appendChild(geoEl('div', T.extras[r[8]], 'geo-spanning')); }
    var q = geoEl('blockquote', null, 'geo-quote'), text = T.quotes[r[1]], a = r[5], b = r[6];
    if (a >= 0 && b <= text.length && a < b) {
        q.appendChild(document.createTextNode(text.slice(0, a)));
        q.appendChild(geoEl('mark', text.slice(a, b)));
        q.appendChild(document.createTextNode(text.slice(b)));
    } else {
        q.textContent = text;
    }
    box.appendChild(q);
    var src = geoEl('div', 'according to ', 'geo-source');
    if (doc[1] && /^https?:\/\//i.test(doc[1])) {
        var link = geoEl('a', doc[0]);
        link.href = doc[1]; link.target = '_blank'; link.rel = 'noopener noreferrer';
        src.appendChild(link);
    } else {
        src.appendChild(geoEl('cite', doc[0]));
    }
    box.appendChild(src);
    return box;
}
function geoTooltip(layer) {
    var T = geoTables, r = layer.geoEvent;
    return geoEl('span', T.places[r[0]][0] + ' \u2014 ' + T.dates[r[4]]);
}
function geoDecorate(ev) {
    var layer = ev.target, node = layer.getElement && layer.getElement();
    if (!node || node.getAttribute('data-period') !== null) { return; }
    var T = geoTables, r = layer.geoEvent;
    node.setAttribute('data-period', layer.geoPeriod);
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.setAttribute('aria-label', T.places[r[0]][0] + ', ' + T.dates[r[4]] + ', ' + T.types[r[3]][1]);
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
    var T = geoTables, rows = T.layers[layer], period = T.periods[layer], on = map.hasLayer(group), renderer = null;
    if (canvas) { renderer = window.geoCanvas || (window.geoCanvas = L.canvas({padding: 0.5})); }
    if (on) { map.removeLayer(group); }
    for (var i = 0; i < rows.length; i++) {
        var r = rows[i], pl = T.places[r[0]], ty = T.types[r[3]];
        var opts = {radius: 7, fillColor: ty[2], color: '#222222', weight: 1, fillOpacity: 0.85, search: pl[2], shape: ty[3]};
        if (renderer) { opts.renderer = renderer; }
        var mk = geoMarker([pl[3], pl[4]], opts);
        mk.geoEvent = r;
        mk.geoPeriod = period;
        mk.bindPopup(geoPopup, {maxWidth: 380});
        if (!renderer) {
            mk.bindTooltip(geoTooltip, {sticky: true});
            mk.on('add', geoDecorate);
        }
        group.addLayer(mk);
    }
    if (on) { map.addLayer(group); }
}
