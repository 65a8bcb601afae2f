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

  function bitsOf(text) {
    var raw = atob(text), out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { out[i] = raw.charCodeAt(i); }
    return out;
  }

  function hasBit(bits, d) { return (bits[d >> 3] & (1 << (d & 7))) !== 0; }

  /* A segment of postings: pages seg.d, scores seg.q (the first whole, then each as how much it is below the last). */
  function addSegment(t, seg) {
    var score = 0;
    for (var i = 0; i < seg.d.length; i++) {
      score = i === 0 ? seg.q[0] : score - seg.q[i];
      t.known.set(seg.d[i], score);
    }
  }

  /* The most a page not seen yet in a term can score: the first score of the term's next segment. */
  function bound(t) { return t.more[t.next][1]; }

  /* The pages the filters keep, as a bit set, or null when no filter is chosen. */
  async function filterSet(m, f) {
    var keep = null, names = ['category', 'need', 'age', 'area'];
    for (var i = 0; i < names.length; i++) {
      var value = f[names[i]];
      if (!value) { continue; }
      var files = m.filters[names[i]], file = Object.prototype.hasOwnProperty.call(files, value) ? files[value] : null;
      if (!file && names[i] === 'need' && Object.prototype.hasOwnProperty.call(files, 'any')) { file = files.any; }
      var set = file ? bitsOf(await load(file)) : new Uint8Array((m.pages + 7) >> 3);
      if (!keep) { keep = set.slice(); } else { for (var j = 0; j < keep.length; j++) { keep[j] &= set[j]; } }
    }
    return keep;
  }

  /* The same steps as SearchRanking.search: the first k results in exact order, fetching postings segments,
     best first, only until no page left can reach the k-th result. */
  async function search(query, filters, k) {
    var m = await load('manifest.json');
    var list = words(query.slice(0, MAX_QUERY)).slice(0, MAX_WORDS);
    var shown = [], terms = [], forms = list.slice(), corrected = false, i, f, d;
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
    var n = m.pages, scale = 1e6 / m.scale, states = [];
    var keep = await filterSet(m, filters);
    for (i = 0; i < terms.length; i++) {
      var tfile = chunkFor(m.terms, terms[i]);
      if (!tfile) { continue; }
      var chunk = await load(tfile);
      if (!Object.prototype.hasOwnProperty.call(chunk, terms[i])) { continue; }
      var entry = chunk[terms[i]];
      forms = forms.concat(entry.f);
      /* member: the pages with the term, when not all of them are in entry.p; more: the segments after it. */
      var t = {idf: Math.log(1 + (n - entry.n + 0.5) / (entry.n + 0.5)), member: entry.m ? bitsOf(entry.m) : null,
        more: entry.m ? entry.s : [], next: 0, blocks: entry.b || null, known: new Map()};
      addSegment(t, entry.p);
      states.push(t);
    }
    var order, rounded = [], total;
    for (;;) {
      order = []; total = 0;
      var maxUpper = -1, bestUpper = -1, best = -1;
      for (d = 0; d < n; d++) {
        if (keep && !hasBit(keep, d)) { continue; }
        var score = 0, upper = 0, member = false, complete = true;
        for (i = 0; i < states.length; i++) {
          var st = states[i];
          if (st.member ? !hasBit(st.member, d) : !st.known.has(d)) { continue; }
          member = true;
          var s = st.known.get(d);
          if (s !== undefined) {
            score += st.idf * s; upper += st.idf * s;
          } else {
            complete = false; upper += st.idf * bound(st);
          }
        }
        if (!member) { continue; }
        total++;
        if (complete) {
          rounded[d] = Math.round(score * scale); order.push(d);
        } else {
          maxUpper = Math.max(maxUpper, Math.round(upper * scale));
          if (upper > bestUpper) { bestUpper = upper; best = d; }
        }
      }
      order.sort(function (a, b) { return rounded[b] - rounded[a] || a - b; });
      if (maxUpper < 0 || (order.length >= k && maxUpper < rounded[order[k - 1]])) { break; }
      /* Fetch the next segment of a term of the page that could score most: of its terms not known, the one that could add most. */
      var next = null;
      for (i = 0; i < states.length; i++) {
        var c = states[i];
        if (c.member && hasBit(c.member, best) && !c.known.has(best)
            && (next === null || c.idf * bound(c) > next.idf * bound(next))) { next = c; }
      }
      if (next.blocks && next.more[next.next][2] > m.random) {
        /* The next segment is long: fetch the scores of the block of pages holding this page instead. */
        var per = next.blocks[1], block = Math.floor(best / per), scores = await load('blk-' + next.blocks[0] + '-' + block + '.json');
        var at = 0;
        for (d = block * per; d < Math.min(n, (block + 1) * per); d++) {
          if (hasBit(next.member, d)) { next.known.set(d, scores[at++]); }
        }
      } else {
        var segFile = next.more[next.next][0];
        next.next++;
        addSegment(next, await load(segFile));
      }
    }
    return {
      hits: order.slice(0, k).map(function (doc) { return {frag: doc + '.' + m.frag, score: rounded[doc] / 1e6}; }),
      total: total, corrected: corrected ? shown.join(' ') : null, words: list, forms: forms
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

  async function show(found, from, query, filters) {
    if (found.hits.length < Math.min(found.total, from + PAGE)) { found = await search(query, filters, from + PAGE); }
    var shown = found.hits.slice(from, from + PAGE), forms = found.forms;
    var frags = await Promise.all(shown.map(function (h) { return load('frag/' + h.frag + '.json'); }));
    var firstLink = null;
    frags.forEach(function (fr, i) {
      var li = document.createElement('li'), h = document.createElement('h2'), a = document.createElement('a');
      li.className = 'search-result';
      h.className = 'heading-m search-result__title';
      a.href = fr.url;
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
    if (found.total > from + PAGE) {
      more = document.createElement('button');
      more.type = 'button';
      more.className = 'button button--secondary search-more';
      more.textContent = 'Show more results';
      more.addEventListener('click', function () {
        show(found, from + PAGE, query, filters).then(function (link) { if (link) { link.focus(); } });
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
      var found = await search(query, filters, PAGE);
      document.title = 'Results for ' + query.slice(0, 60) + ' - ' + pageTitle;
      var count = found.total, note = query.length > MAX_QUERY ? ' Only the first ' + MAX_QUERY + ' characters were searched.' : '';
      if (found.corrected) {
        suggestion.hidden = false;
        say(suggestion, ['Did you mean ', {text: found.corrected, href: '/search/?q=' + encodeURIComponent(found.corrected)},
          '? Results are shown for these words.']);
      }
      if (count > 0) { await show(found, 0, query, filters); }
      var urls = Array.prototype.map.call(results.querySelectorAll('li h2 a'), function (a) { return a.getAttribute('href'); });
      results.setAttribute('data-ms', String(Math.round(performance.now() - started)));
      results.setAttribute('data-bytes', String(bytes));
      results.setAttribute('data-ranking', urls.join(' '));
      results.setAttribute('data-count', String(count));
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
