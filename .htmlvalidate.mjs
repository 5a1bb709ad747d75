// html-validate over every page in dist/ (npm run validate:html).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are the documents' own names ("Level 3 Diploma in Specialist Support for Teaching
    // and Learning in Schools"); cutting them to 70 characters would make them less descriptive
    // (WCAG 2.4.2), which matters more here than how search engines truncate them.
    'long-title': 'off',
  },
};
