/*
 * Tasklist custom script (listed in config.js, customScripts) for the Camunda Forms that Tasklist 7.24
 * renders with form-js 1.8.7, which has no translations of its own.
 *
 * 1. Vietnamese for form-js' built-in English: the "Select" and "Search" placeholders, "Add new",
 *    "Collapse", "No results", "All values selected", "Nothing to show." and the validation messages.
 * 2. A fix for the "Hoàn thành" button staying disabled after any edit inside a dynamic list
 *    ("Nhiệm vụ"): form-js records a cleared error of a field inside a list as an empty entry
 *    ({"Field_content": []}) and Tasklist counts entries, not messages. Entries without a message
 *    are dropped before Tasklist sees them.
 *
 * 3. Vietnamese month and weekday names, Monday first, and day/month/year whatever the browser's language, in
 *    the date pickers (flatpickr) of date fields.
 *
 * Only the form-js part of the page is touched (elements under .fjs-container).
 */

const TEXTS = new Map([
  ['Select', 'Chọn…'],
  ['Skip to search', 'Bỏ qua, đến ô tìm'],
  ['Add new', 'Thêm mục'],
  ['Collapse', 'Thu gọn'],
  ['Nothing to show.', 'Không có dữ liệu.'],
  ['No results', 'Không tìm thấy'],
  ['All values selected', 'Không còn mục nào để chọn'],
  ['Field is required.', 'Trường này bắt buộc phải nhập.'],
  ['Field must be a valid email.', 'Địa chỉ thư điện tử không hợp lệ.'],
  ['Value is not a number.', 'Giá trị phải là một số.'],
  ['Value is expected to be an integer.', 'Giá trị phải là số nguyên.'],
  ['Date and time must both be entered.', 'Phải nhập cả ngày và giờ.'],
  [' of ', ' / ']
]);

const PATTERNS = [
  [/^Field must have maximum length of (\d+)\.$/, 'Không được quá $1 ký tự.'],
  [/^Field must have minimum length of (\d+)\.$/, 'Phải có ít nhất $1 ký tự.'],
  [/^Field must have maximum value of (.+)\.$/, 'Giá trị không được lớn hơn $1.'],
  [/^Field must have minimum value of (.+)\.$/, 'Giá trị không được nhỏ hơn $1.'],
  [/^Field must match pattern (.+)\.$/, 'Giá trị không đúng mẫu $1.'],
  [/^Expand all \((\d+)\)$/, 'Mở rộng tất cả ($1)'],
  [/^Remove list item (\d+)$/, 'Xóa mục $1']
];

const ATTRIBUTES = {
  placeholder: new Map([['Search', 'Gõ để tìm…']]),
  title: new Map([['Remove tag', 'Bỏ'], ['Remove item', 'Bỏ']]),
  'aria-label': new Map([
    ['Increment', 'Tăng'],
    ['Decrement', 'Giảm'],
    ['Previous page', 'Trang trước'],
    ['Next page', 'Trang sau']
  ])
};

const FLATPICKR_VI = {
  weekdays: {
    shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
  },
  months: {
    shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9',
      'Tháng 10', 'Tháng 11', 'Tháng 12']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' đến ',
  weekAbbreviation: 'Tuần',
  scrollTitle: 'Cuộn để thay đổi',
  toggleTitle: 'Bấm để chuyển',
  monthAriaLabel: 'Tháng',
  yearAriaLabel: 'Năm',
  hourAriaLabel: 'Giờ',
  minuteAriaLabel: 'Phút',
  time_24hr: true
};

/**
 * flatpickr keeps its instance on the input it decorates; localize each one once. form-js takes the date format
 * from the browser's language (an English browser reads "2/7/2027" as 7 February): dates are day/month/year here.
 */
function localizeDatePickers(container) {
  container.querySelectorAll('input').forEach((input) => {
    const picker = input._flatpickr;
    if (picker && !picker._viLocalized && typeof picker.set === 'function') {
      picker._viLocalized = true;
      picker.set('locale', FLATPICKR_VI);
      picker.set('dateFormat', 'd/m/Y');
      if (picker.selectedDates && picker.selectedDates.length) {
        picker.setDate(picker.selectedDates[0], false);
      }
      input.placeholder = 'ngày/tháng/năm';
    }
  });
}

function translateText(text) {
  if (TEXTS.has(text)) {
    return TEXTS.get(text);
  }
  for (const [pattern, replacement] of PATTERNS) {
    if (pattern.test(text)) {
      return text.replace(pattern, replacement);
    }
  }
  return null;
}

function translateTextNode(node) {
  const translated = translateText(node.data);
  if (translated !== null && translated !== node.data) {
    node.data = translated;
  }
}

function translateElement(element) {
  for (const [name, values] of Object.entries(ATTRIBUTES)) {
    const value = element.getAttribute(name);
    if (value !== null) {
      const translated = values.get(value) || translateText(value);
      if (translated && translated !== value) {
        element.setAttribute(name, translated);
      }
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateTextNode(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateElement(root);
  root.querySelectorAll('[placeholder], [title], [aria-label]').forEach(translateElement);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateTextNode(node);
  }
}

/** True when an error entry holds at least one message (entries of list fields nest arrays). */
function hasMessage(value) {
  if (typeof value === 'string') {
    return value.length > 0;
  }
  if (value && typeof value === 'object') {
    return Object.values(value).some(hasMessage);
  }
  return false;
}

function withoutEmptyErrors(errors) {
  const kept = {};
  for (const [key, value] of Object.entries(errors || {})) {
    if (hasMessage(value)) {
      kept[key] = value;
    }
  }
  return kept;
}

/** The form-js instance behind a rendered form: Preact keeps the rendered tree on the container. */
function findForm(container) {
  const seen = new Set();
  const visit = (vnode, depth) => {
    if (!vnode || depth > 40 || seen.has(vnode)) {
      return null;
    }
    seen.add(vnode);
    const value = vnode.props && vnode.props.value;
    if (value && typeof value.getService === 'function') {
      try {
        return value.getService('form');
      } catch (e) {
        return null;
      }
    }
    for (const child of vnode.__k || []) {
      const form = visit(child, depth + 1);
      if (form) {
        return form;
      }
    }
    return null;
  };
  for (let element = container; element && element !== document.body; element = element.parentElement) {
    if (element.__k) {
      const form = visit(element.__k, 0);
      if (form) {
        return form;
      }
    }
  }
  return null;
}

/*
 * Parts 2 and the Kính gửi notice read form-js internals (the Preact tree's __k, Form._setState, _getState), which
 * no API offers. They were written against Tasklist 7.24.0, which bundles form-js 1.8.7: on any other Tasklist
 * the console says so once, loudly, and each part still checks what it touches before using it.
 */
const WRITTEN_FOR = '7.24.0';
let versionChecked = false;
let missedWithFields = 0;

function tasklistVersion() {
  const script = document.querySelector('script[src*="bust="]');
  const match = script && /[?&]bust=([^&]+)/.exec(script.getAttribute('src'));
  return match ? match[1] : null;
}

function checkVersion() {
  if (versionChecked) {
    return;
  }
  versionChecked = true;
  const version = tasklistVersion();
  if (version && version !== WRITTEN_FOR) {
    console.error('form-js-vi.js: written for Tasklist ' + WRITTEN_FOR + ' (form-js 1.8.7), this is ' + version
      + '. Re-check findForm, _setState and _getState against its form-js (docs/engine.md, Tasklist scripts).');
  }
}

function patchForm(container) {
  checkVersion();
  if (container.dataset.viPatched) {
    return;
  }
  const form = findForm(container);
  if (!form || typeof form._setState !== 'function' || typeof form._getState !== 'function') {
    // not rendered yet: tried again on the next change inside the container; a rendered form without them is a
    // form-js that changed its internals
    if (container.querySelector('.fjs-form-field') && ++missedWithFields === 20) {
      console.error('form-js-vi.js: the rendered form has no _setState/_getState; the "Hoàn thành" fix and the '
        + 'Kính gửi notice are off on this Tasklist.');
    }
    return;
  }
  container.dataset.viPatched = 'true';
  if (form._viPatched) {
    return;
  }
  form._viPatched = true;
  watchRecipients(form, container);
  const setState = form._setState;
  form._setState = function (state) {
    if (state && state.errors) {
      state = Object.assign({}, state, { errors: withoutEmptyErrors(state.errors) });
    }
    return setState.call(this, state);
  };
}

/**
 * A unit taken off "Kính gửi" also leaves the "Đơn vị thực hiện" of every assignment (form-js keeps only values
 * among the options), and choosing it again does not bring it back: say so next to "Kính gửi".
 */
function watchRecipients(form, container) {
  const snapshot = (data) => ({
    recipients: Array.isArray(data && data.recipients) ? data.recipients.slice() : [],
    units: Array.isArray(data && data.assignments)
      ? data.assignments.map((a) => (a && Array.isArray(a.units) ? a.units.slice() : [])) : []
  });
  let before = snapshot(form._getState().data);
  form.on('changed', (event) => {
    const now = snapshot(event.data);
    const removed = before.recipients.filter((code) => !now.recipients.includes(code));
    const lost = [];
    removed.forEach((code) => {
      const numbers = before.units.map((units, i) => (units.includes(code) ? i + 1 : 0)).filter((n) => n > 0);
      if (numbers.length) {
        lost.push({ code, numbers });
      }
    });
    before = now;
    if (lost.length) {
      showRemovedUnits(container, lost);
    }
  });
}

function unitLabel(container, code) {
  const options = (findForm(container) || { _getState: () => ({ initialData: {} }) })._getState().initialData;
  const found = ((options && options.unitOptions) || []).find((o) => o.value === code);
  return found ? found.label : code;
}

function showRemovedUnits(container, lost) {
  const input = container.querySelector('[id$="-Field_recipients"]');
  const field = input && input.closest('.fjs-form-field');
  if (!field) {
    return;
  }
  let note = field.querySelector('.cvd-removed-units');
  if (!note) {
    note = document.createElement('div');
    note.className = 'cvd-removed-units alert alert-warning';
    note.setAttribute('role', 'status');
    field.appendChild(note);
  }
  note.textContent = lost.map(({ code, numbers }) => 'Đã bỏ “' + unitLabel(container, code) + '” khỏi Kính gửi nên '
    + 'đơn vị này cũng được bỏ khỏi “Đơn vị thực hiện” của nhiệm vụ số ' + numbers.join(', ') + '.').join(' ')
    + ' Nếu chọn lại đơn vị ở Kính gửi, đồng chí cần chọn lại ở từng nhiệm vụ.';
}

function handle(mutations) {
  for (const mutation of mutations) {
    const node = mutation.target;
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    if (!element) {
      continue;
    }
    const container = element.closest('.fjs-container');
    if (mutation.type === 'childList') {
      if (container) {
        patchForm(container);
        localizeDatePickers(container);
        mutation.addedNodes.forEach(translateTree);
      } else {
        mutation.addedNodes.forEach((added) => {
          if (added.nodeType === Node.ELEMENT_NODE) {
            const found = added.matches('.fjs-container') ? [added] : added.querySelectorAll('.fjs-container');
            found.forEach((each) => {
              patchForm(each);
              translateTree(each);
            });
          }
        });
      }
    } else if (container) {
      if (mutation.type === 'characterData') {
        translateTextNode(node);
      } else {
        translateElement(element);
      }
    }
  }
}

new MutationObserver(handle).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['placeholder', 'title', 'aria-label']
});
