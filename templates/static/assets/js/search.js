/* Local Offer search. The index in /search/index/ was written at bake time by Lucene
   (org.localoffer.search); this file only looks words up and ranks, exactly as SearchRanking.java does.
   No dependencies, no eval, no inline styles; every piece of text is added with textContent. */
(function () {
  'use strict';
  var BASE = '/search/index/', MAX_QUERY = 200, MAX_WORDS = 12, PAGE = 10;
  var WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
  var cache = {};
  var bytes = 0;

  function load(file) {
    if (!cache[file]) {
      cache[file] = fetch(BASE + file).then(function (r) {
        if (!r.ok) { throw new Error(file); }
        return r.arrayBuffer();
      }).then(function (buf) {
        bytes += buf.byteLength;
        return JSON.parse(new TextDecoder().decode(buf));
      });
    }
    return cache[file];
  }

  function words(text) {
    return (text.replace(/\u2019/g, "'").toLowerCase().match(WORD) || []).map(function (w) {
      return w.slice(-2) === "'s" ? w.slice(0, -2) : w;
    });
  }

  function chunkFor(chunks, key) {
    var lo = 0, hi = chunks.length - 1, found = null;
    while (lo <= hi) {
      var mid = (lo + hi) >>> 1;
      if (chunks[mid][0] <= key) { found = chunks[mid][1]; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }

  function distance(a, b, max) {
    var prev2 = [], prev = [], cur = [], i, j, t;
    for (j = 0; j <= b.length; j++) { prev[j] = j; }
    for (i = 1; i <= a.length; i++) {
      cur[0] = i;
      var rowMin = i;
      for (j = 1; j <= b.length; j++) {
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) { v = Math.min(v, prev2[j - 2] + 1); }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) { return max + 1; }
      t = prev2; prev2 = prev; prev = cur; cur = t;
    }
    return Math.min(prev[b.length], max + 1);
  }

  function closest(word, list) {
    if (word.length < 4 || /\p{Nd}/u.test(word)) { return null; }
    var max = word.length >= 8 ? 2 : 1, best = null, bestD = max + 1, bestPages = -1;
    for (var i = 0; i < list.length; i++) {
      var w = list[i];
      if (Math.abs(w[0].length - word.length) > max) { continue; }
      var d = distance(word, w[0], max);
      if (d > max) { continue; }
      if (d < bestD || (d === bestD && w[2] > bestPages)) { best = w; bestD = d; bestPages = w[2]; }
    }
    return best;
  }

  function keep(doc, f, ages) {
    if (f.category && doc[4].indexOf(f.category) < 0) { return false; }
    if (f.need && doc[5].indexOf(f.need) < 0 && doc[5].indexOf('any') < 0) { return false; }
    if (f.age) {
      var g = ages[f.age];
      if (!doc[6].length || !g || doc[6][0] > g[1] || doc[6][1] < g[0]) { return false; }
    }
    return !f.area || doc[7].indexOf(f.area) >= 0;
  }

  /* The same steps as SearchRanking.search. */
  async function search(query, filters) {
    var m = await load('manifest.json');
    var docs = (await load(m.docs)).docs;
    var list = words(query.slice(0, MAX_QUERY)).slice(0, MAX_WORDS);
    var shown = [], terms = [], forms = list.slice(), corrected = false, i, f;
    for (i = 0; i < list.length; i++) {
      var word = list[i], stem = null;
      if (m.stop.indexOf(word) >= 0) { shown.push(word); continue; }
      var file = chunkFor(m.dict, word);
      if (file) {
        var value = (await load(file))[word];
        if (value !== undefined) { stem = value === '' ? word : value; }
      }
      if (stem === null) {
        var fix = closest(word, await load(m.words));
        if (fix) { corrected = true; shown.push(fix[0]); stem = fix[1] === '' ? fix[0] : fix[1]; } else { shown.push(word); }
      } else {
        shown.push(word);
      }
      if (stem !== null && terms.indexOf(stem) < 0) { terms.push(stem); }
    }
    var n = docs.length, nf = m.fields.length, avg = [], scores = new Array(n).fill(0), matched = [];
    for (f = 0; f < nf; f++) { avg[f] = 0; }
    docs.forEach(function (d) { for (f = 0; f < nf; f++) { avg[f] += d[2][f]; } });
    for (f = 0; f < nf; f++) { avg[f] = n === 0 ? 0 : avg[f] / n; }
    for (i = 0; i < terms.length; i++) {
      var tfile = chunkFor(m.terms, terms[i]);
      if (!tfile) { continue; }
      var entry = (await load(tfile))[terms[i]];
      if (!entry) { continue; }
      forms = forms.concat(entry.f);
      var p = entry.p, stride = nf + 1, df = p.length / stride;
      var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (var k = 0; k < p.length; k += stride) {
        var doc = p[k], s = 0;
        for (f = 0; f < nf; f++) {
          var tf = p[k + 1 + f];
          if (tf > 0) {
            var norm = m.k1 * (1 - m.b + m.b * docs[doc][2][f] / avg[f]);
            s += m.boosts[f] * tf * (m.k1 + 1) / (tf + norm);
          }
        }
        scores[doc] += idf * s;
        matched[doc] = true;
      }
    }
    var order = [], rounded = [];
    for (i = 0; i < n; i++) {
      if (matched[i] && keep(docs[i], filters, m.ages)) { rounded[i] = Math.round(scores[i] * 1e6); order.push(i); }
    }
    order.sort(function (a, b) { return rounded[b] - rounded[a] || a - b; });
    return {
      hits: order.map(function (d) { return {url: docs[d][0], frag: docs[d][1], score: rounded[d] / 1e6}; }),
      corrected: corrected ? shown.join(' ') : null, words: list, forms: forms
    };
  }

  /* A snippet of about 30 words around the most matches, with matched words in <mark>. */
  function snippet(text, forms) {
    var el = document.createElement('p'), spans = [], match, i;
    el.className = 'search-result__snippet';
    var re = new RegExp(WORD.source, 'gu'), lower = {};
    forms.forEach(function (w) { lower[w] = true; });
    while ((match = re.exec(text)) !== null) {
      var w = words(match[0])[0];
      spans.push({start: match.index, end: match.index + match[0].length, hit: lower[w] === true});
    }
    if (!spans.length) { return null; }
    var size = 30, bestStart = 0, best = -1;
    for (i = 0; i < spans.length; i += 5) {
      var count = 0;
      for (var j = i; j < Math.min(spans.length, i + size); j++) { if (spans[j].hit) { count++; } }
      if (count > best) { best = count; bestStart = i; }
    }
    var from = Math.max(0, bestStart - 3), to = Math.min(spans.length, from + size), pos = spans[from].start;
    if (from > 0) { el.appendChild(document.createTextNode('\u2026 ')); }
    for (i = from; i < to; i++) {
      if (spans[i].hit) {
        el.appendChild(document.createTextNode(text.slice(pos, spans[i].start)));
        var mark = document.createElement('mark');
        mark.textContent = text.slice(spans[i].start, spans[i].end);
        el.appendChild(mark);
        pos = spans[i].end;
      }
    }
    el.appendChild(document.createTextNode(text.slice(pos, spans[to - 1].end) + (to < spans.length ? ' \u2026' : '')));
    return el;
  }

  var form = document.getElementById('search-form');
  if (!form) { return; }
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var suggestion = document.getElementById('search-suggestion');
  var results = document.getElementById('search-results');
  var FILTERS = ['category', 'need', 'age', 'area'];
  var pageTitle = document.title;
  var more = null;
  document.getElementById('search-no-js').hidden = true;

  function say(el, parts) {
    el.textContent = '';
    parts.forEach(function (part) {
      if (typeof part === 'string') { el.appendChild(document.createTextNode(part)); return; }
      var node = document.createElement(part.href ? 'a' : 'strong');
      if (part.href) { node.href = part.href; }
      node.textContent = part.text;
      el.appendChild(node);
    });
  }

  async function show(hits, from, forms) {
    var shown = hits.slice(from, from + PAGE);
    var frags = await Promise.all(shown.map(function (h) { return load('frag/' + h.frag); }));
    var firstLink = null;
    frags.forEach(function (fr, i) {
      var li = document.createElement('li'), h = document.createElement('h2'), a = document.createElement('a');
      li.className = 'search-result';
      h.className = 'heading-m search-result__title';
      a.href = shown[i].url;
      a.textContent = fr.title;
      h.appendChild(a);
      li.appendChild(h);
      if (fr.summary) {
        var p = document.createElement('p');
        p.textContent = fr.summary;
        li.appendChild(p);
      }
      var snip = snippet(fr.text, forms);
      if (snip) { li.appendChild(snip); }
      results.appendChild(li);
      if (!firstLink) { firstLink = a; }
    });
    if (more) { more.remove(); more = null; }
    if (hits.length > from + PAGE) {
      more = document.createElement('button');
      more.type = 'button';
      more.className = 'button button--secondary search-more';
      more.textContent = 'Show more results';
      more.addEventListener('click', function () {
        show(hits, from + PAGE, forms).then(function (link) { if (link) { link.focus(); } });
      });
      results.insertAdjacentElement('afterend', more);
    }
    return firstLink;
  }

  async function run(params) {
    var started = performance.now();
    var query = (params.get('q') || '').trim();
    var filters = {};
    FILTERS.forEach(function (name) {
      var value = params.get(name) || '', select = form.elements[name];
      if (select) {
        var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
        filters[name] = known ? value : '';
        select.value = filters[name];
      }
    });
    input.value = query;
    if (FILTERS.some(function (name) { return filters[name]; })) { document.getElementById('search-filter-box').open = true; }
    results.textContent = '';
    suggestion.hidden = true;
    if (more) { more.remove(); more = null; }
    document.title = pageTitle;
    if (!words(query).length) {
      say(status, [query ? 'Type some words to search for, for example speech therapy.'
        : 'Type what you are looking for, then press Search.']);
      return;
    }
    try {
      var found = await search(query, filters);
      document.title = 'Results for ' + query.slice(0, 60) + ' - ' + pageTitle;
      var count = found.hits.length, note = query.length > MAX_QUERY ? ' Only the first ' + MAX_QUERY + ' characters were searched.' : '';
      if (found.corrected) {
        suggestion.hidden = false;
        say(suggestion, ['Did you mean ', {text: found.corrected, href: '/search/?q=' + encodeURIComponent(found.corrected)},
          '? Results are shown for these words.']);
      }
      if (count > 0) { await show(found.hits, 0, found.forms); }
      results.setAttribute('data-ms', String(Math.round(performance.now() - started)));
      results.setAttribute('data-bytes', String(bytes));
      results.setAttribute('data-ranking', found.hits.map(function (h) { return h.url; }).join(' '));
      /* Said last, once the results are there to move to. */
      if (count === 0) {
        say(status, ['No results for ', {text: query.slice(0, MAX_QUERY)}, '.' + note + ' Check the spelling, try other words, or see ',
          {text: 'all services from A to Z', href: '/services/a-z/'}, '.']);
      } else {
        say(status, [count + (count === 1 ? ' result for ' : ' results for '), {text: query.slice(0, MAX_QUERY)}, '.' + note]);
      }
    } catch (e) {
      say(status, ['Search is not working at the moment. Please see ', {text: 'all services from A to Z', href: '/services/a-z/'}, '.']);
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var params = new URLSearchParams();
    params.set('q', input.value);
    FILTERS.forEach(function (name) { if (form.elements[name] && form.elements[name].value) { params.set(name, form.elements[name].value); } });
    history.pushState(null, '', '/search/?' + params.toString());
    run(params);
  });
  window.addEventListener('popstate', function () { run(new URLSearchParams(location.search)); });
  run(new URLSearchParams(location.search));
}());
