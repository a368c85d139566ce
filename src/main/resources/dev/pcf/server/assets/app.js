// pcf serve: the page's only script. Drag-and-drop and upload progress for the form, then the
// job's progress, polled until it has finished (the server then renders the problems or the result).
(function () {
  'use strict';

  function upload(form) {
    var input = form.querySelector('#workbook');
    var drop = form.querySelector('#drop');
    var name = form.querySelector('#drop-file');
    var status = form.querySelector('#upload-status');
    var submit = form.querySelector('#submit');

    function show() {
      name.textContent = input.files.length ? input.files[0].name : '';
      drop.classList.toggle('chosen', input.files.length > 0);
    }
    input.addEventListener('change', show);
    ['dragenter', 'dragover'].forEach(function (t) {
      drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (t) {
      drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (e) {
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        show();
      }
    });

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!input.files.length) { status.textContent = form.dataset.choose; return; }
      var data = new FormData(form);
      var token = form.querySelector('#token');
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.setRequestHeader('Accept', 'application/json');
      if (token && token.value) xhr.setRequestHeader('Authorization', 'Bearer ' + token.value.trim());
      xhr.upload.addEventListener('progress', function (p) {
        if (p.lengthComputable) {
          status.textContent = form.dataset.sending.replace('{0}', Math.round(100 * p.loaded / p.total));
        }
      });
      xhr.addEventListener('load', function () {
        var body = null;
        try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
        if (xhr.status === 202 && body && body.url) {
          window.location.assign(body.url);
          return;
        }
        submit.disabled = false;
        var first = body && body.problems && body.problems[0];
        status.textContent = xhr.status + ': ' + (first ? (first.cell ? first.cell + ': ' : '') + first.message : xhr.statusText);
        status.classList.add('refused');
      });
      xhr.addEventListener('error', function () {
        submit.disabled = false;
        status.textContent = 'network error';
        status.classList.add('refused');
      });
      submit.disabled = true;
      status.classList.remove('refused');
      xhr.send(data);
    });
  }

  function progress(section) {
    var url = section.dataset.status;
    var iterations = section.querySelector('#iterations');
    var bar = section.querySelector('#mc-bar');
    var order = ['reading', 'checking', 'monte-carlo', 'rendering'];

    function update(s) {
      var at = order.indexOf(s.phase);
      section.querySelectorAll('li[data-phase]').forEach(function (li) {
        var i = order.indexOf(li.dataset.phase);
        li.className = i < at ? 'done' : i === at ? 'active' : 'todo';
      });
      if (s.expected > 0) {
        iterations.textContent = iterations.dataset.template
          .replace('{0}', s.iterations.toLocaleString('en-US'))
          .replace('{1}', s.expected.toLocaleString('en-US'));
        bar.max = s.expected;
        bar.value = s.iterations;
      }
    }

    function poll() {
      fetch(url, { headers: { 'Accept': 'application/json' }, cache: 'no-store' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (s) {
          if (!s) { window.location.reload(); return; }
          update(s);
          if (s.finished) window.location.reload();
          else window.setTimeout(poll, 250);
        })
        .catch(function () { window.setTimeout(poll, 1000); });
    }
    poll();
  }

  var form = document.getElementById('upload-form');
  if (form) upload(form);
  var section = document.getElementById('progress');
  if (section) progress(section);
})();
