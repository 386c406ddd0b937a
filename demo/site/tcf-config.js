// The IAB TCF part of iCanspk's config, for /tcf.html (loaded before consentry-tcf.js). The vendor list is
// the small fixture in demo/tcf/; a real site serves its own copy of the IAB's vendor-list.json.
window.consentryConfig.tcf = {
  // A stand-in: write the id IAB Europe assigned to your registered CMP. Without one (0) no TC string is made.
  cmpId: 12,
  cmpVersion: 1,
  vendorListUrl: '/tcf/vendor-list.json',
  vendors: [10, 20, 30, 40],
  publisherCountryCode: 'DE',
  googleAtp: [{ id: 89, name: 'Fixture ATP One', policyUrl: 'https://atp89.example/privacy' }],
};
