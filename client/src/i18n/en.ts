import type { MessageSchema } from './vi';

const en: MessageSchema = {
  app: {
    title: 'Quảng Nam New Rural Development',
    subtitle: 'New Rural Development plan tracker 2024–2025',
    skipToContent: 'Skip to main content',
    mainNav: 'Main navigation',
  },
  language: {
    label: 'Language',
  },
  nav: {
    hierarchy: 'Administrative units',
  },
  hierarchy: {
    title: 'Administrative units',
    intro:
      'Select a district-level unit to see its communes, wards and townships; select a commune-level unit to see its villages. Double-click (or press Enter on) a Name cell to edit it and Enter to save; ticking Mountainous saves at once.',
    province: 'Province',
    districts: {
      title: 'Districts, towns and cities (district level)',
      of: 'In {parent}',
    },
    communes: {
      title: 'Communes, wards and townships (commune level)',
      of: 'In {parent}',
      empty: 'Select a district, town or city in the district-level grid to see its communes, wards and townships.',
    },
    villages: {
      title: 'Villages and residential groups',
      of: 'In {parent}',
      empty: 'Select a commune, ward or township in the commune-level grid to see its villages.',
    },
    count: '{count} unit | {count} units',
    loading: 'Loading…',
    reload: 'Reload',
    loadFailed: 'The list could not be loaded. {reason}',
  },
  columns: {
    code: 'Code',
    name: 'Name',
    typeName: 'Type',
    mountainous: 'Mountainous',
    childCount: 'Subordinate units',
    validFrom: 'Valid from',
    version: 'Version',
  },
  fields: {
    name: 'Name',
    mountainous: 'Mountainous',
    type: 'Type',
    communeCode: 'Commune',
  },
  unitTypes: {
    PROVINCE: 'Province',
    CENTRAL_CITY: 'Centrally-run city',
    RURAL_DISTRICT: 'District',
    URBAN_DISTRICT: 'Urban district',
    PROVINCIAL_CITY: 'City',
    TOWN: 'Town',
    COMMUNE: 'Commune',
    WARD: 'Ward',
    TOWNSHIP: 'Township',
    VILLAGE: 'Village',
    RESIDENTIAL_GROUP: 'Residential group',
  },
  addVillage: {
    title: 'Add a village to {commune}',
    name: 'Village name',
    namePlaceholder: 'For example: Thôn Phú Đông',
    type: 'Type',
    mountainous: 'Mountainous',
    submit: 'Add village',
    submitting: 'Adding…',
    created: 'Added {name}, code {code}.',
    failed: 'The village was not added. {reason}',
  },
  validation: {
    required: '{field} is required.',
    tooLong: '{field} must be at most {max} characters.',
    controlCharacters: '{field} contains invalid control characters.',
    notAllowed: '{field} is not allowed here.',
    outOfRange: '{field} must be between {min} and {max}.',
    invalidFormat: '{field} is not in a valid format.',
  },
  save: {
    saved: 'Saved: {unit} ({field}).',
    invalid: '{unit} was not saved. {reason}',
    failed: 'Could not save {unit} ({field}). {reason}',
    conflict:
      'Someone else has just changed {unit}, so your change was not saved. The row has been reloaded with the latest data; check it and edit again if needed.',
    reloadFailed: 'Could not reload {unit}. {reason}',
    gone: '{unit} is no longer in the catalogue and has been removed from the grid.',
  },
  errors: {
    BAD_USER_INPUT: 'The data is not valid.',
    NOT_FOUND: 'The data was not found.',
    CONFLICT: 'Someone else has just changed this data.',
    FORBIDDEN: 'You are not allowed to do this.',
    UNAUTHENTICATED: 'You need to sign in to do this.',
    LOCKED: 'The data is locked and cannot be changed yet.',
    INTERNAL_SERVER_ERROR: 'The server ran into an error. Please try again later.',
    SERVICE_UNAVAILABLE: 'The server cannot be reached. Check the network and try again.',
  },
  notice: {
    region: 'Notifications',
    dismiss: 'Dismiss notification',
  },
  notFound: {
    title: 'There is no such page',
    back: 'Back to administrative units',
  },
};

export default en;
