/*
 * Admin plugin "Danh mục đơn vị (Excel)": the whole directory (units, Kính gửi groups, signers, terms) as one
 * workbook. Download the empty template or the current directory; upload a filled workbook, which the server checks
 * row by row and writes all or nothing (docs/directory-workbook.md).
 *
 *   - admin.route              the page (#/danh-muc-excel)
 *   - admin.dashboard.section  a section of the Admin dashboard linking to it
 *
 * Data: /api/admin/directory/template.xlsx, GET and POST /api/admin/directory.xlsx (same origin, the Admin session
 * cookie). Every text from the server is put in with textContent.
 */

const APP_PATH = '/camunda'; // camunda.bpm.webapp.application-path
const PAGE_PATH = '/danh-muc-excel';
const LABEL = 'Danh mục đơn vị (Excel)';

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.entries(props || {}).forEach(([key, value]) => {
    if (value === undefined || value === null) {
      return;
    }
    if (key.startsWith('on')) {
      node.addEventListener(key.substring(2), value);
    } else if (key in node) {
      node[key] = value;
    } else {
      node.setAttribute(key, String(value));
    }
  });
  children.flat().forEach(child => {
    if (child !== null && child !== undefined && child !== false) {
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

// the context path, from api.adminApi ("<context><application path>/api/admin")
function base(props) {
  const adminApi = props && props.api && props.api.adminApi;
  let root = APP_PATH;
  if (adminApi && adminApi.endsWith('/api/admin')) {
    root = adminApi.substring(0, adminApi.length - '/api/admin'.length);
  }
  return (root.endsWith(APP_PATH) ? root.substring(0, root.length - APP_PATH.length) : '') + '/api/admin';
}

const KINDS = [['units', 'Đơn vị'], ['groups', 'Nhóm Kính gửi'], ['signers', 'Người ký'], ['terms', 'Nhiệm kỳ']];

function summary(result) {
  return el('div', { className: 'alert alert-success cvd-workbook-result', role: 'status' },
    el('p', null, el('strong', null, result.message)),
    el('table', { className: 'table table-condensed cvd-workbook-counts' },
      el('thead', null, el('tr', null, el('th', null, 'Loại dòng'), el('th', null, 'Thêm mới'),
        el('th', null, 'Cập nhật'), el('th', null, 'Giữ nguyên'))),
      el('tbody', null, KINDS.map(([key, label]) => el('tr', null, el('td', null, label),
        el('td', null, result[key].created), el('td', null, result[key].updated),
        el('td', null, result[key].unchanged))))));
}

function refusal(message, problems, count) {
  const more = count > problems.length ? count - problems.length : 0;
  return el('div', { className: 'alert alert-danger cvd-workbook-result', role: 'alert' },
    el('p', null, el('strong', null, message)),
    problems.length ? el('ul', { className: 'cvd-workbook-problems' }, problems.map(p => el('li', null, p))) : null,
    more ? el('p', null, 'Và ' + more + ' lỗi khác (chỉ hiện ' + problems.length + ' lỗi đầu).') : null);
}

function renderPage(node, props) {
  const api = base(props);
  const result = el('div', { className: 'cvd-workbook-output', 'aria-live': 'polite' });
  // the browser's own file button speaks the browser's language: a Vietnamese one in front of a hidden input
  const chosen = el('span', { className: 'cvd-workbook-chosen' }, 'Chưa chọn tệp');
  const file = el('input', {
    type: 'file', id: 'cvd-workbook-file', className: 'sr-only',
    accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    onchange: () => { chosen.textContent = file.files.length ? file.files[0].name : 'Chưa chọn tệp'; }
  });
  const button = el('button', { type: 'submit', className: 'btn btn-primary' }, 'Nhập tệp');

  async function upload(event) {
    event.preventDefault();
    if (!file.files.length) {
      result.replaceChildren(refusal('Chưa chọn tệp sổ tính (.xlsx).', [], 0));
      return;
    }
    const form = new FormData();
    form.append('file', file.files[0]);
    button.disabled = true;
    result.replaceChildren(el('p', { className: 'text-muted' }, 'Đang kiểm tra và nhập tệp…'));
    try {
      const response = await fetch(api + '/directory.xlsx', {
        method: 'POST', body: form, credentials: 'same-origin',
        // web/admin/AdminAccess: a change through the session carries X-Requested-With
        headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
      });
      let body = null;
      try {
        body = await response.json();
      } catch (e) {
        body = null;
      }
      if (response.ok && body) {
        result.replaceChildren(summary(body));
      } else {
        const message = body && body.message ? body.message : 'Máy chủ trả lời lỗi ' + response.status + '.';
        result.replaceChildren(refusal(message, (body && body.problems) || [], (body && body.problemCount) || 0));
      }
    } catch (e) {
      result.replaceChildren(refusal('Không gửi được tệp: kiểm tra kết nối rồi thử lại.', [], 0));
    } finally {
      button.disabled = false;
    }
  }

  node.replaceChildren(el('section', { className: 'cvd-workbook', style: 'padding: 0 20px 20px' },
    el('h1', { className: 'section-title' }, LABEL),
    el('p', null, 'Cả danh mục trong một sổ tính Excel, mỗi trang một loại dòng: Đơn vị, Nhóm Kính gửi, Người ký, ',
      'Nhiệm kỳ. Trang "Hướng dẫn" trong tệp giải thích từng cột.'),
    el('ul', null,
      el('li', null, 'Dòng đã có (cùng mã) được cập nhật, dòng mới được thêm; những gì không có trong tệp được giữ ',
        'nguyên — nhập tệp không xóa gì.'),
      el('li', null, 'Tệp được kiểm tra toàn bộ trước khi ghi: chỉ một dòng sai là không ghi gì, và mọi lỗi được ',
        'liệt kê theo số dòng.'),
      el('li', null, 'Người ký phải là tài khoản đã có; tạo người dùng trước khi nhập trang Người ký.')),
    el('h3', null, 'Tải xuống'),
    el('p', null,
      el('a', { className: 'btn btn-default', href: api + '/directory/template.xlsx', download: '' }, 'Tải mẫu trống'),
      ' ',
      el('a', { className: 'btn btn-default', href: api + '/directory.xlsx', download: '' }, 'Xuất danh mục hiện có')),
    el('h3', null, 'Nhập tệp'),
    el('form', { className: 'form-inline', onsubmit: upload },
      el('p', null, 'Tệp .xlsx, tối đa 20 MB.'),
      el('div', { className: 'form-group' }, file,
        el('label', { htmlFor: 'cvd-workbook-file', className: 'btn btn-default' }, 'Chọn tệp…'), ' ', chosen),
      ' ', button),
    result));
}

export default [
  {
    id: 'cvd-directory-workbook-route',
    pluginPoint: 'admin.route',
    priority: 0,
    render: (node, props) => renderPage(node, props),
    properties: { path: PAGE_PATH, label: LABEL }
  },
  {
    id: 'cvd-directory-workbook-dashboard',
    pluginPoint: 'admin.dashboard.section',
    priority: 5,
    render: node => {
      node.replaceChildren(el('p', null, 'Nhập, xuất cả danh mục đơn vị, nhóm Kính gửi, người ký và nhiệm kỳ bằng ',
        'một sổ tính Excel. ', el('a', { href: '#' + PAGE_PATH }, 'Mở trang ' + LABEL)));
    },
    properties: { label: LABEL, pagePath: '#' + PAGE_PATH }
  }
];
