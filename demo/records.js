// Where the portal keeps what its pages receive. A real portal sends records
// to its own server; the demo keeps them in this browser's localStorage.
const keys = {
  inventory: 'norrvik:inventory-records',
  followup: 'norrvik:followup-records',
  plan: 'norrvik:action-plan',
  views: 'norrvik:participation',
};

function read(key, fallback) {
  try {
    const text = localStorage.getItem(key);
    return text === null ? fallback : JSON.parse(text);
  } catch {
    return fallback;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Inventory records submitted on the fill-in page, oldest first. */
export const storedInventoryRecords = () => {
  const list = read(keys.inventory, []);
  return Array.isArray(list) ? list : [];
};
export const addInventoryRecord = (record) => write(keys.inventory, [...storedInventoryRecords(), record]);
export const clearInventoryRecords = () => write(keys.inventory, []);

export const storedFollowupRecords = () => {
  const list = read(keys.followup, []);
  return Array.isArray(list) ? list : [];
};
export const addFollowupRecord = (record) => write(keys.followup, [...storedFollowupRecords(), record]);

export const storedPlan = () => read(keys.plan, null);
export const storePlan = (plan) => write(keys.plan, plan);
export const storedViews = () => read(keys.views, null);
export const storeViews = (views) => write(keys.views, views);
