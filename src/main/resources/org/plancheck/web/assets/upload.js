// Upload page: drag-and-drop, upload progress, then the check's progress until the result page.
// Without JavaScript the same form posts to /checks and the result page refreshes itself.
(function () {
  'use strict';
  var form = document.getElementById('upload');
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var input = document.getElementById('files');
  var drop = document.getElementById('drop');
  var chosen = document.getElementById('chosen');
  var box = document.getElementById('progress');
  var bar = document.getElementById('bar');
  var status = document.getElementById('status');
  var button = document.getElementById('submit');

  function show() {
    chosen.textContent = '';
    for (var i = 0; i < input.files.length; i++) {
      var li = document.createElement('li');
      li.textContent = input.files[i].name + '（' + Math.ceil(input.files[i].size / 1024) + ' KB）';
      chosen.appendChild(li);
    }
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

  function say(text, value) {
    box.hidden = false;
    status.textContent = text;
    if (value === null) {
      bar.removeAttribute('value');
    } else {
      bar.value = value;
    }
  }

  function fail(text) {
    say(text, 0);
    button.disabled = false;
  }

  function headers(xhr) {
    var token = document.getElementById('token');
    if (token && token.value) {
      xhr.setRequestHeader('Authorization', 'Bearer ' + token.value);
    }
  }

  function poll(id) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', '/api/v1/checks/' + encodeURIComponent(id));
    headers(xhr);
    xhr.onload = function () {
      if (xhr.status !== 200) {
        fail('查询进度失败（' + xhr.status + '）');
        return;
      }
      var job = JSON.parse(xhr.responseText);
      if (job.state === 'done' || job.state === 'failed') {
        window.location.href = '/checks/' + encodeURIComponent(id);
        return;
      }
      say(job.progress || '排队等候', null);
      window.setTimeout(function () { poll(id); }, 700);
    };
    xhr.onerror = function () { fail('网络错误，无法查询进度'); };
    xhr.send();
  }

  form.addEventListener('submit', function (e) {
    if (!input.files.length) {
      return;
    }
    e.preventDefault();
    button.disabled = true;
    var data = new FormData(form);
    data.delete('token');
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/checks');
    headers(xhr);
    xhr.upload.onprogress = function (ev) {
      if (ev.lengthComputable) {
        say('正在上传 ' + Math.round(ev.loaded * 100 / ev.total) + '%', Math.round(ev.loaded * 100 / ev.total));
      }
    };
    xhr.onload = function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { /* not JSON */ }
      if (xhr.status === 202) {
        say('已上传，等待检查', null);
        poll(body.id);
      } else if (xhr.status === 503) {
        fail((body.error || '队列已满') + '（约 ' + (xhr.getResponseHeader('Retry-After') || '?') + ' 秒后重试）');
      } else {
        fail(body.error || ('上传失败（' + xhr.status + '）'));
      }
    };
    xhr.onerror = function () { fail('网络错误，上传失败'); };
    say('正在上传', 0);
    xhr.send(data);
  });
}());
