/*
 * Admin plugin "Danh mục và người dùng": what an administrator does to set an installation up, without SQL.
 *
 *   - admin.dashboard.section  a section on the Admin start page linking to the page
 *   - admin.route              the page (#/danh-muc) with five tabs: units, recipient groups, people,
 *                              signers and terms, change log
 *
 * Every action calls /api/admin (same origin, the Admin session cookie, X-Requested-With on changes), which checks
 * that the user is an administrator and answers refusals in Vietnamese. Texts from the server go in with textContent.
 */

const APP_PATH = '/camunda'; // camunda.bpm.webapp.application-path
const PAGE_PATH = '/danh-muc';
const TITLE = 'Danh mục và người dùng';

let appRoot = null;
let labels = null;

function apiBase() {
  const root = appRoot || APP_PATH;
  const context = root.endsWith(APP_PATH) ? root.substring(0, root.length - APP_PATH.length) : '';
  return context + '/api/admin';
}

function useApi(props) {
  const adminApi = props && props.api && props.api.adminApi;
  if (adminApi && adminApi.endsWith('/api/admin')) {
    appRoot = adminApi.substring(0, adminApi.length - '/api/admin'.length);
  }
}

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.entries(props || {}).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (key === 'dataset') {
      Object.entries(value).forEach(([k, v]) => { node.dataset[k] = String(v); });
    } else if (key.startsWith('on')) {
      node.addEventListener(key.substring(2), value);
    } else if (key in node && key !== 'list' && key !== 'type') {
      node[key] = value;
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  });
  children.flat().forEach(child => {
    if (child === null || child === undefined || child === false) {
      return;
    }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

async function api(method, path, body) {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json; charset=UTF-8';
  }
  const response = await fetch(apiBase() + path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
  });
  let data = null;
  try {
    data = await response.json();
  } catch (e) {
    data = null;
  }
  if (!response.ok) {
    const error = new Error((data && data.message) || 'Không thực hiện được (mã lỗi ' + response.status + ').');
    error.problems = (data && data.problems) || [];
    throw error;
  }
  return data;
}

function formatInstant(iso) {
  if (!iso) {
    return '';
  }
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit',
    minute: '2-digit'
  }).format(new Date(iso));
}

function formatDate(iso) {
  if (!iso) {
    return '';
  }
  const [y, m, d] = iso.substring(0, 10).split('-');
  return d + '/' + m + '/' + y;
}

/** The line under a form: what was saved, or every problem the server named. */
function notice() {
  const box = el('div', { className: 'cvd-notice', role: 'status' });
  return {
    node: box,
    ok(text) {
      box.className = 'cvd-notice cvd-ok';
      box.replaceChildren(text);
    },
    fail(error) {
      box.className = 'cvd-notice cvd-error';
      const problems = (error.problems || []).map(p => p.message);
      box.replaceChildren(problems.length > 1
        ? el('ul', {}, problems.map(p => el('li', {}, p))) : (problems[0] || error.message));
    },
    clear() {
      box.className = 'cvd-notice';
      box.replaceChildren();
    }
  };
}

/**
 * Asks in the page (not window.confirm, whose buttons follow the browser's language): the question with
 * "Đồng ý" and "Hủy"; "Đồng ý" runs the action.
 */
function ask(box, question, action) {
  box.className = 'cvd-notice cvd-ask';
  box.replaceChildren(el('span', {}, question), ' ',
    button('Đồng ý', 'confirm', () => {
      box.className = 'cvd-notice';
      box.replaceChildren();
      action();
    }, 'primary'), ' ',
    button('Hủy', 'cancel', () => {
      box.className = 'cvd-notice';
      box.replaceChildren();
    }));
}

function field(label, input) {
  return el('label', { className: 'cvd-field' }, el('span', {}, label), input);
}

function text(name, value, extra) {
  return el('input', Object.assign({ type: 'text', name, value: value || '', className: 'form-control' }, extra || {}));
}

function select(name, options, value, blank) {
  const node = el('select', { name, className: 'form-control' });
  if (blank !== undefined) {
    node.appendChild(el('option', { value: '' }, blank));
  }
  options.forEach(o => node.appendChild(el('option', { value: o.code, selected: o.code === value }, o.label)));
  return node;
}

function checks(name, options, chosen) {
  return el('div', { className: 'cvd-checks', dataset: { name } }, options.map(o => el('label', {},
    el('input', { type: 'checkbox', value: o.code, checked: (chosen || []).includes(o.code) }), ' ', o.label)));
}

function checked(form, name) {
  const box = form.querySelector('[data-name="' + name + '"]');
  return box ? Array.from(box.querySelectorAll('input:checked')).map(i => i.value) : [];
}

function values(form) {
  const out = {};
  form.querySelectorAll('input[name], select[name], textarea[name]').forEach(i => {
    out[i.name] = i.type === 'checkbox' ? i.checked : i.value;
  });
  return out;
}

function button(label, action, onclick, kind) {
  return el('button', { type: 'button', className: 'btn btn-' + (kind || 'default'), dataset: { action }, onclick },
    label);
}

/** Units in tree order, each with its depth, for pickers. */
function flatten(nodes, depth, out) {
  (nodes || []).forEach(n => {
    out.push(Object.assign({ depth }, n));
    flatten(n.children, depth + 1, out);
  });
  return out;
}

function unitOptions(units, filter) {
  return units.filter(filter || (u => u.active))
    .map(u => ({ code: u.code, label: '\u00a0\u00a0'.repeat(u.depth) + u.name + ' (' + u.code + ')' }));
}

// ---------------------------------------------------------------- units

/** The tree and, after a change, the unit changed with what happened. */
async function renderUnits(box, selected, done) {
  const tree = await api('GET', '/units');
  const units = flatten(tree, 0, []);
  const detail = el('div', { className: 'cvd-detail' });
  const list = el('ul', { className: 'cvd-tree' });
  const draw = (nodes, into) => nodes.forEach(n => {
    const item = el('li', {}, el('a', {
      href: '', className: n.active ? '' : 'cvd-closed', dataset: { unit: n.code },
      onclick: e => {
        e.preventDefault();
        unitForm(detail, units, n, (code, text) => renderUnits(box, code, text));
      }
    }, n.name), ' ', el('span', { className: 'cvd-muted' }, n.code + (n.symbol ? ' · ' + n.symbol : '')
      + (n.active ? '' : n.mergedIntoName ? ' · đã hợp nhất vào ' + n.mergedIntoName : ' · đã đóng')));
    if (n.children && n.children.length) {
      const sub = el('ul', {});
      draw(n.children, sub);
      item.appendChild(sub);
    }
    into.appendChild(item);
  });
  draw(tree, list);
  box.replaceChildren(el('div', { className: 'cvd-columns' },
    el('div', { className: 'cvd-left' },
      button('Thêm đơn vị', 'new-unit', () => unitForm(detail, units, null,
        (code, text) => renderUnits(box, code, text)), 'primary'),
      tree.length ? list : el('p', { className: 'cvd-muted' }, 'Chưa có đơn vị nào. Bắt đầu bằng cấp ủy cao nhất.')),
    detail));
  const chosen = selected && units.find(u => u.code === selected);
  if (chosen) {
    unitForm(detail, units, chosen, (code, text) => renderUnits(box, code, text), done);
  }
}

function unitForm(detail, units, unit, reload, done) {
  const state = notice();
  if (done) {
    state.ok(done);
  }
  const isNew = !unit;
  const u = unit || { canIssue: false, bodyKind: 'CAP_UY' };
  const form = el('form', { className: 'cvd-form', name: 'unit' },
    el('h3', {}, isNew ? 'Thêm đơn vị' : u.name),
    isNew ? field('Mã đơn vị (không dấu, ví dụ du-bao-ha)', text('code', '')) : null,
    isNew ? field('Đơn vị cấp trên', select('parentCode', unitOptions(units), '', '(cấp cao nhất)')) : null,
    field('Tên đơn vị', text('name', u.name)),
    field('Loại đơn vị', select('kind', labels.unitKinds, u.kind, '(chưa phân loại)')),
    field('Được ban hành văn bản', el('input', { type: 'checkbox', name: 'canIssue', checked: u.canIssue })),
    field('Ký hiệu trong số văn bản (HU, BTGHU, ĐUK…)', text('symbol', u.symbol)),
    field('Dòng cơ quan cấp trên (ĐẢNG BỘ TỈNH …)', text('headerName', u.headerName)),
    field('Dòng tên cơ quan ban hành (HUYỆN ỦY …)', text('headerIssuer', u.headerIssuer)),
    field('Địa danh (ghi ở dòng ngày tháng)', text('placeName', u.placeName)),
    field('Thư điện tử', text('email', u.email)),
    field('Loại cơ quan ký', select('bodyKind', labels.bodyKinds, u.bodyKind)),
    field('Tên tập thể lãnh đạo (để trống: BAN THƯỜNG VỤ)', text('collectiveName', u.collectiveName)),
    el('div', { className: 'cvd-actions' }, button(isNew ? 'Thêm' : 'Lưu', 'save-unit', async () => {
      const v = values(form);
      try {
        const saved = isNew ? await api('POST', '/units', v) : await api('PUT', '/units/' + u.code, v);
        await reload(saved.code, isNew ? 'Đã thêm ' + saved.name + '.' : 'Đã lưu.');
      } catch (e) {
        state.fail(e);
      }
    }, 'primary')),
    state.node);
  const parts = [form];
  if (!isNew && u.active) {
    const moveState = notice();
    const move = el('form', { className: 'cvd-form', name: 'move' }, el('h4', {}, 'Chuyển, đóng, hợp nhất'),
      field('Chuyển vào đơn vị cấp trên', select('parentCode',
        unitOptions(units, x => x.active && x.code !== u.code), u.parentCode, '(cấp cao nhất)')),
      el('div', { className: 'cvd-actions' }, button('Chuyển', 'move-unit', async () => {
        try {
          await api('POST', '/units/' + u.code + '/move', { parentCode: values(move).parentCode || null });
          await reload(u.code, 'Đã chuyển.');
        } catch (e) {
          moveState.fail(e);
        }
      })),
      field('Hợp nhất vào đơn vị', select('intoCode', unitOptions(units, x => x.active && x.code !== u.code), '',
        '(chọn đơn vị)')),
      el('div', { className: 'cvd-actions' },
        button('Hợp nhất', 'merge-unit', () => {
          const into = values(move).intoCode;
          const target = units.find(x => x.code === into);
          ask(moveState.node, 'Hợp nhất ' + u.name + ' vào ' + (target ? target.name : 'đơn vị đã chọn')
            + '? Việc đang làm, văn bản đã nhận và người của đơn vị sẽ chuyển theo; đơn vị cũ được đóng.',
          async () => {
            try {
              const r = await api('POST', '/units/' + u.code + '/merge', { intoCode: into });
              await reload(u.code, 'Đã hợp nhất: ' + r.recipientsMoved + ' lượt nhận văn bản và ' + r.tasksMoved
                + ' việc chuyển theo' + (r.recipientsKept > 0 ? '; ' + r.recipientsKept + ' lượt nhận giữ tên cũ vì '
                + 'hai đơn vị cùng nhận một văn bản (việc vẫn chuyển cho đơn vị mới).' : '.'));
            } catch (e) {
              moveState.fail(e);
            }
          });
        }, 'warning'),
        button('Đóng đơn vị', 'close-unit', () => {
          ask(moveState.node, 'Đóng ' + u.name + '? Đơn vị sẽ không nhận văn bản mới.', async () => {
            try {
              const r = await api('POST', '/units/' + u.code + '/close');
              await reload(u.code, 'Đã đóng. Việc còn dở: ' + r.openWork.length + '.');
            } catch (e) {
              moveState.fail(e);
            }
          });
        }, 'danger')),
      moveState.node);
    parts.push(move);
  }
  if (!isNew) {
    const work = el('div', { className: 'cvd-form' }, el('h4', {}, 'Việc chưa hoàn thành'), 'Đang tải…');
    parts.push(work);
    api('GET', '/units/' + u.code + '/open-work').then(rows => {
      work.replaceChildren(el('h4', {}, 'Việc chưa hoàn thành'), rows.length === 0
        ? el('p', { className: 'cvd-muted' }, 'Không có.')
        : table(['Số văn bản', 'Trích yếu', 'Cơ quan ban hành', 'Tình trạng'],
          rows.map(r => [r.documentNumber || '(chưa cấp số)', r.subject, r.issuerName, r.statusLabel])));
    }, e => work.replaceChildren(e.message));
  }
  detail.replaceChildren(...parts);
}

function table(headers, rows) {
  return el('table', { className: 'table table-condensed cvd-table' },
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(r => el('tr', {}, r.map(c => el('td', {}, c))))));
}

// ---------------------------------------------------------------- recipient groups

async function renderGroups(box) {
  const units = flatten(await api('GET', '/units'), 0, []);
  const owners = unitOptions(units, u => u.active && u.canIssue);
  const body = el('div', {});
  const owner = select('owner', owners, owners.length ? owners[0].code : '');
  const show = async () => {
    if (!owner.value) {
      body.replaceChildren(el('p', { className: 'cvd-muted' }, 'Chưa có cơ quan ban hành nào.'));
      return;
    }
    const groups = await api('GET', '/groups?owner=' + encodeURIComponent(owner.value));
    const editor = el('div', {});
    const state = notice();
    body.replaceChildren(state.node,
      groups.length === 0 ? el('p', { className: 'cvd-muted' }, 'Cơ quan này chưa có nhóm nơi nhận.')
        : table(['Mã', 'Tên nhóm', 'Gồm', ''], groups.map(g => [g.code, g.name, g.currentMembers.join('; '),
          el('span', {}, button('Sửa', 'edit-group', () => groupForm(editor, units, owner.value, g, show)), ' ',
            button('Xóa', 'delete-group', () => ask(state.node, 'Xóa nhóm ' + g.name + '?', async () => {
              try {
                await api('DELETE', '/groups/' + encodeURIComponent(g.code));
                await show();
              } catch (e) {
                state.fail(e);
              }
            }), 'danger'))])),
      button('Thêm nhóm', 'new-group', () => groupForm(editor, units, owner.value, null, show), 'primary'),
      editor);
  };
  owner.addEventListener('change', show);
  box.replaceChildren(field('Cơ quan', owner), body);
  await show();
}

function groupForm(box, units, ownerCode, group, reload) {
  const state = notice();
  const g = group || { memberKinds: [], memberCodes: [] };
  const form = el('form', { className: 'cvd-form', name: 'group' },
    el('h4', {}, group ? 'Sửa nhóm ' + g.name : 'Thêm nhóm nơi nhận'),
    group ? null : field('Mã nhóm', text('code', '')),
    field('Tên nhóm (in ở Kính gửi)', text('name', g.name)),
    field('Mọi đơn vị trực thuộc thuộc loại', checks('memberKinds', labels.unitKinds, g.memberKinds)),
    field('Và các đơn vị', checks('memberCodes', unitOptions(units), g.memberCodes)),
    el('div', { className: 'cvd-actions' }, button('Lưu', 'save-group', async () => {
      const v = values(form);
      const body = { ownerCode, code: v.code, name: v.name, memberKinds: checked(form, 'memberKinds'),
        memberCodes: checked(form, 'memberCodes') };
      try {
        if (group) {
          await api('PUT', '/groups/' + encodeURIComponent(g.code), body);
        } else {
          await api('POST', '/groups', body);
        }
        await reload();
      } catch (e) {
        state.fail(e);
      }
    }, 'primary')), state.node);
  box.replaceChildren(form);
}

// ---------------------------------------------------------------- people

async function renderPeople(box, done) {
  const [people, tree] = await Promise.all([api('GET', '/people'), api('GET', '/units')]);
  const state = notice();
  if (done) {
    state.ok(done);
  }
  const units = flatten(tree, 0, []);
  const editor = el('div', {});
  const rolesText = p => p.memberships.map(m => (m.unitName ? m.unitName + ': ' : '')
    + m.roles.map(r => (labels.roles.find(o => o.code === r) || { label: r }).label).join(', ')).join(' · ');
  box.replaceChildren(
    button('Thêm người dùng', 'new-person', () => personForm(editor, units, null, () => renderPeople(box)),
      'primary'),
    state.node,
    editor,
    table(['Tên đăng nhập', 'Họ tên', 'Đơn vị và vai trò', ''], people.map(p => [p.id, p.fullName,
      p.deactivated ? el('span', { className: 'cvd-muted' }, 'Đã thôi công tác') : rolesText(p),
      p.deactivated ? '' : el('span', { dataset: { person: p.id } },
        button('Vai trò', 'edit-roles', () => personForm(editor, units, p, () => renderPeople(box))), ' ',
        button('Thôi công tác', 'deactivate', () => ask(state.node, p.fullName
          + ' thôi công tác? Tài khoản bị khóa, việc đang giữ trả về đơn vị.', async () => {
          try {
            const r = await api('POST', '/people/' + encodeURIComponent(p.id) + '/deactivate');
            await renderPeople(box, 'Đã khóa tài khoản của ' + p.fullName + '; ' + r.tasksReturned
              + ' việc trả về đơn vị.');
          } catch (e) {
            state.fail(e);
          }
        }), 'danger'))])));
}

function personForm(box, units, person, reload) {
  const state = notice();
  const unitSelect = select('unitCode', unitOptions(units), '', '(không thuộc đơn vị)');
  const roleBox = el('div', {});
  const rolesOf = code => {
    const m = person && person.memberships.find(x => x.unitCode === (code || null));
    return m ? m.roles : [];
  };
  const drawRoles = () => {
    roleBox.replaceChildren(field('Vai trò', checks('roles', labels.roles, rolesOf(unitSelect.value))));
  };
  unitSelect.addEventListener('change', drawRoles);
  drawRoles();
  const form = el('form', { className: 'cvd-form', name: 'person' },
    el('h4', {}, person ? 'Vai trò của ' + person.fullName : 'Thêm người dùng'),
    person ? null : [field('Tên đăng nhập', text('id', '')), field('Họ và tên đệm', text('firstName', '')),
      field('Tên', text('lastName', '')), field('Thư điện tử', text('email', '')),
      field('Mật khẩu ban đầu (ít nhất 10 ký tự, có chữ hoa, chữ thường, số và ký tự đặc biệt)',
        el('input', { type: 'password', name: 'password', className: 'form-control', autocomplete: 'new-password' }))],
    field('Đơn vị', unitSelect), roleBox,
    el('div', { className: 'cvd-actions' }, button('Lưu', 'save-person', async () => {
      const v = values(form);
      const roles = checked(form, 'roles');
      try {
        if (person) {
          await api('PUT', '/people/' + encodeURIComponent(person.id) + '/roles',
            { unitCode: v.unitCode || null, roles });
        } else {
          await api('POST', '/people', { id: v.id, firstName: v.firstName, lastName: v.lastName, email: v.email,
            password: v.password, unitCode: v.unitCode || null, roles });
        }
        await reload();
      } catch (e) {
        state.fail(e);
      }
    }, 'primary')), state.node);
  box.replaceChildren(form);
}

// ---------------------------------------------------------------- signers and terms

async function renderSigning(box) {
  const [tree, people] = await Promise.all([api('GET', '/units'), api('GET', '/people')]);
  const issuers = unitOptions(flatten(tree, 0, []), u => u.active && u.canIssue);
  const issuer = select('issuer', issuers, issuers.length ? issuers[0].code : '');
  const body = el('div', {});
  const show = async () => {
    if (!issuer.value) {
      body.replaceChildren(el('p', { className: 'cvd-muted' }, 'Chưa có cơ quan ban hành nào.'));
      return;
    }
    const code = encodeURIComponent(issuer.value);
    const [signers, terms] = await Promise.all([api('GET', '/signers?issuer=' + code),
      api('GET', '/terms?issuer=' + code)]);
    const signerState = notice();
    const termState = notice();
    const addSigner = el('form', { className: 'cvd-form cvd-inline', name: 'signer' },
      field('Người ký', select('userId', people.filter(p => !p.deactivated)
        .map(p => ({ code: p.id, label: p.fullName + ' (' + p.id + ')' })), '', '(chọn người dùng)')),
      field('Chức vụ', select('position', labels.positions, '')),
      field('Thẩm quyền ký', select('authority', labels.authorities, '', '(theo chức vụ)')),
      button('Thêm người ký', 'add-signer', async () => {
        const v = values(addSigner);
        try {
          await api('POST', '/signers', { userId: v.userId, issuerCode: issuer.value, position: v.position,
            authority: v.authority || null });
          await show();
        } catch (e) {
          signerState.fail(e);
        }
      }, 'primary'), signerState.node);
    const addTerm = el('form', { className: 'cvd-form cvd-inline', name: 'term' },
      field('Tên nhiệm kỳ', text('name', '', { placeholder: '2025-2030' })),
      field('Từ ngày', text('startsOn', '', { placeholder: 'ngày/tháng/năm' })),
      field('Đến ngày', text('endsOn', '', { placeholder: 'ngày/tháng/năm' })),
      button('Thêm nhiệm kỳ', 'add-term', async () => {
        const v = values(addTerm);
        try {
          await api('POST', '/terms', { issuerCode: issuer.value, name: v.name, startsOn: v.startsOn,
            endsOn: v.endsOn });
          await show();
        } catch (e) {
          termState.fail(e);
        }
      }, 'primary'), termState.node);
    body.replaceChildren(
      el('h4', {}, 'Người ký'),
      signers.length === 0 ? el('p', { className: 'cvd-muted' }, 'Chưa có người ký.')
        : table(['Họ tên', 'Chức vụ', 'Dòng thẩm quyền', ''], signers.map(s => [s.fullName, s.positionTitle,
          s.authorityLine || '(ký trực tiếp)', button('Thôi ký', 'remove-signer', () => ask(signerState.node,
            s.fullName + ' thôi ký văn bản của cơ quan này?', async () => {
              try {
                await api('DELETE', '/signers/' + code + '/' + encodeURIComponent(s.userId));
                await show();
              } catch (e) {
                signerState.fail(e);
              }
            }), 'danger')])),
      addSigner,
      el('h4', {}, 'Nhiệm kỳ (số văn bản đánh lại từ 01 mỗi nhiệm kỳ)'),
      terms.length === 0 ? el('p', { className: 'cvd-muted' }, 'Chưa có nhiệm kỳ: chưa cấp số văn bản được.')
        : table(['Nhiệm kỳ', 'Từ ngày', 'Đến ngày', ''], terms.map(t => {
          const end = el('input', { type: 'text', className: 'form-control cvd-date', value: formatDate(t.endsOn),
            dataset: { term: t.name } });
          return [t.name, formatDate(t.startsOn), end, button('Lưu ngày kết thúc', 'end-term', async () => {
            try {
              await api('PUT', '/terms/' + t.id, { endsOn: end.value });
              await show();
            } catch (e) {
              termState.fail(e);
            }
          })];
        })),
      addTerm);
  };
  issuer.addEventListener('change', show);
  box.replaceChildren(field('Cơ quan ban hành', issuer), body);
  await show();
}

// ---------------------------------------------------------------- change log

/** A logged value as the administrator reads it: codes by their labels, yes/no, lists joined. */
function readable(field, v) {
  const label = (list, code) => ((list || []).find(o => o.code === code) || { label: code }).label;
  const lists = { position: labels.positions, authority: labels.authorities, kind: labels.unitKinds,
    bodyKind: labels.bodyKinds, memberKinds: labels.unitKinds };
  if (v === null || v === undefined || v === '') {
    return '—';
  }
  if (typeof v === 'boolean') {
    return v ? 'Có' : 'Không';
  }
  if (Array.isArray(v)) {
    if (v.length === 0) {
      return '—';
    }
    return v.map(x => x && typeof x === 'object' && x.roles
      ? (x.unitName ? x.unitName + ': ' : '') + x.roles.map(r => label(labels.roles, r)).join(', ')
      : readable(field, x)).join('; ');
  }
  if (typeof v === 'object') {
    return JSON.stringify(v);
  }
  if (lists[field]) {
    return label(lists[field], String(v));
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(String(v))) {
    return formatDate(String(v));
  }
  return String(v);
}

async function renderChanges(box) {
  const changes = await api('GET', '/changes?limit=300');
  box.replaceChildren(changes.length === 0 ? el('p', { className: 'cvd-muted' }, 'Chưa có thay đổi nào.')
    : table(['Thời gian', 'Người thực hiện', 'Đối tượng', 'Thao tác', 'Trước → sau'], changes.map(c => [
      formatInstant(c.changedAt), c.changedBy, c.entityLabel + ' ' + c.entityKey, c.actionLabel,
      el('ul', { className: 'cvd-diff' }, c.fields.map(f => el('li', {}, el('strong', {}, f.label + ': '),
        readable(f.field, f.before), ' → ', readable(f.field, f.after))))])));
}

// ---------------------------------------------------------------- the page

const TABS = [
  ['don-vi', 'Đơn vị', renderUnits],
  ['nhom', 'Nhóm nơi nhận', renderGroups],
  ['nguoi-dung', 'Người dùng và vai trò', renderPeople],
  ['nguoi-ky', 'Người ký và nhiệm kỳ', renderSigning],
  ['nhat-ky', 'Nhật ký thay đổi', renderChanges]
];

function style() {
  if (document.getElementById('cvd-admin-style')) {
    return;
  }
  document.head.appendChild(el('style', { id: 'cvd-admin-style' }, `
    .cvd-admin { padding: 15px 20px; }
    .cvd-admin .cvd-tabs { margin-bottom: 15px; }
    .cvd-admin .cvd-tabs .btn.active { font-weight: bold; }
    .cvd-admin .cvd-columns { display: flex; gap: 30px; align-items: flex-start; }
    .cvd-admin .cvd-left { min-width: 320px; }
    .cvd-admin .cvd-tree { padding-left: 18px; margin-top: 10px; }
    .cvd-admin .cvd-tree li { margin: 3px 0; }
    .cvd-admin .cvd-closed { text-decoration: line-through; color: #888; }
    .cvd-admin .cvd-muted { color: #777; }
    .cvd-admin .cvd-form { max-width: 640px; margin: 10px 0 20px; }
    .cvd-admin .cvd-inline { max-width: none; display: flex; flex-wrap: wrap; gap: 10px; align-items: flex-end; }
    .cvd-admin .cvd-field { display: block; font-weight: normal; margin-bottom: 8px; }
    .cvd-admin .cvd-field > span { display: block; font-weight: bold; margin-bottom: 2px; }
    .cvd-admin .cvd-checks label { display: block; font-weight: normal; }
    .cvd-admin .cvd-actions { margin: 8px 0; }
    .cvd-admin .cvd-actions .btn { margin-right: 8px; }
    .cvd-admin .cvd-notice.cvd-ok { color: #2b6e2b; }
    .cvd-admin .cvd-notice.cvd-error { color: #b00020; }
    .cvd-admin .cvd-notice.cvd-ask { margin: 8px 0; padding: 8px; background: #fff8e1; border: 1px solid #f0c36d; }
    .cvd-admin .cvd-diff { padding-left: 16px; margin: 0; }
    .cvd-admin .cvd-date { width: 170px; }
  `));
}

async function renderPage(node) {
  style();
  const content = el('div', { className: 'cvd-content' });
  const tabs = el('div', { className: 'btn-group cvd-tabs' });
  const open = async (id) => {
    tabs.querySelectorAll('.btn').forEach(b => b.classList.toggle('active', b.dataset.tab === id));
    content.replaceChildren('Đang tải…');
    const tab = TABS.find(t => t[0] === id);
    try {
      await tab[2](content);
    } catch (e) {
      content.replaceChildren(el('p', { className: 'cvd-notice cvd-error' }, e.message));
    }
  };
  TABS.forEach(([id, label]) => tabs.appendChild(el('button', {
    type: 'button', className: 'btn btn-default', dataset: { tab: id }, onclick: () => open(id)
  }, label)));
  node.replaceChildren(el('div', { className: 'cvd-admin' }, el('h2', {}, TITLE), tabs, content));
  try {
    labels = labels || await api('GET', '/labels');
  } catch (e) {
    content.replaceChildren(el('p', { className: 'cvd-notice cvd-error' }, e.message));
    return;
  }
  await open('don-vi');
}

export default [
  {
    id: 'cvd-directory-dashboard',
    pluginPoint: 'admin.dashboard.section',
    priority: 50,
    render: (node, props) => {
      useApi(props);
      node.replaceChildren(el('p', {}, 'Cây đơn vị, nhóm nơi nhận, người dùng và vai trò, người ký, nhiệm kỳ, '
        + 'hợp nhất đơn vị và nhật ký thay đổi.'));
    },
    properties: { label: TITLE, pagePath: '#' + PAGE_PATH }
  },
  {
    id: 'cvd-directory-route',
    pluginPoint: 'admin.route',
    priority: 0,
    render: (node, props) => {
      useApi(props);
      renderPage(node);
    },
    properties: { path: PAGE_PATH, label: TITLE }
  }
];
