// The keyfigures extension's service worker: the toolbar action opens the
// side panel, and two context-menu entries add the selection or the whole
// page to the collection. All analysis happens in the side panel page.
import { addArticle } from './collection.js';
import { readTab } from './tab-bridge.js';

const MENU_SELECTION = 'keyfigures-add-selection';
const MENU_PAGE = 'keyfigures-add-page';

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: MENU_SELECTION, title: 'Add selection to keyfigures', contexts: ['selection'] });
  chrome.contextMenus.create({ id: MENU_PAGE, title: 'Add this page to keyfigures', contexts: ['page'] });
});

chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error) => console.warn(error));

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (!tab?.id) return;
  // Opening the panel needs the user gesture, so it comes before any await.
  chrome.sidePanel.open({ tabId: tab.id }).catch((error) => console.warn(error));
  const adding = info.menuItemId === MENU_SELECTION ? addSelection(info, tab) : addPage(tab);
  adding.catch((error) => console.warn(`keyfigures: ${error.message}`));
});

function addSelection(info, tab) {
  return addArticle({
    kind: 'selection',
    text: info.selectionText ?? '',
    title: tab.title ?? '',
    url: info.pageUrl ?? tab.url,
  });
}

async function addPage(tab) {
  return addArticle(await readTab(tab.id));
}
