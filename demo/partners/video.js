// The stand-in video player remembers its playback quality in a cookie, like real embeds do.
document.cookie = '_icv_q=720p; path=/; max-age=' + 60 * 60 * 24 * 30 + '; SameSite=Lax';
if (parent !== window && parent.demoPartnerRan) parent.demoPartnerRan('lesson-video', 'player loaded in its iframe, set _icv_q');
