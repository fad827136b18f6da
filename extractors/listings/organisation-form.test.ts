import { describe, expect, it } from 'vitest';
import { hasOrganisationForm } from './organisation-form.js';

describe('hasOrganisationForm', () => {
  it.each(['Ekby IF', 'Föreningen Fanzingo', 'Ekby hembygdsförening', 'Hembygdsföreningen', 'Röda Korset Ekby'])('%j has an organisation\'s form', (name) =>
    expect(hasOrganisationForm(name)).toBe(true),
  );
  // A type noun alone points back to a name said before it: "Föreningen beviljas 130 000 kronor", "Klubben får …".
  it.each(['Föreningen', 'Klubben', 'Stiftelsen', 'Anna Karlsson', 'Ekby Bygg'])('%j has none', (name) => expect(hasOrganisationForm(name)).toBe(false));
});
