// html-validate over every page in dist/ (npm run validate:html).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are the documents' own names ("Level 3 Diploma in Specialist Support for Teaching
    // and Learning in Schools"); cutting them to 70 characters would make them less descriptive
    // (WCAG 2.4.2), which matters more here than how search engines truncate them.
    'long-title': 'off',
    // Preact's server renderer writes void elements as <input/>; HTML allows both forms, and the
    // islands' markup is not ours to restyle.
    'void-style': 'off',
    // Checkboxes of one group share a name (type=Role+profile&type=NOS+unit): that is how a form
    // sends several values.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};
