/** Desk roles: who may use which route with which method (a viewer reads editor routes only). */
import { accessRefusal } from '../../src/auth/guard';
import { mayEdit, roleAllows, type Role } from '../../src/auth/users';

describe('accessRefusal', () => {
  const VIEWER_REFUSAL =
    'the viewer role can read the desk but not change it; an operator can give you the editor role with: wireroom users role vic editor';
  it.each<[string, Role, string, string | null]>([
    ['viewer', 'editor', 'GET', null],
    ['viewer', 'editor', 'HEAD', null],
    ['viewer', 'editor', 'POST', VIEWER_REFUSAL],
    ['viewer', 'editor', 'DELETE', VIEWER_REFUSAL],
    ['viewer', 'operator', 'GET', VIEWER_REFUSAL],
    ['viewer', 'viewer', 'POST', null],
    ['editor', 'editor', 'POST', null],
    ['editor', 'operator', 'GET', 'this needs the operator role; you are editor'],
    ['operator', 'operator', 'POST', null],
    ['operator', 'editor', 'POST', null],
    ['chief', 'editor', 'GET', 'this needs the editor role; you are chief'],
  ])('%s on a %s route, %s → %j', (have, need, method, want) => expect(accessRefusal(have, need, method, 'vic')).toBe(want));
});

describe('roleAllows and mayEdit', () => {
  it('ranks viewer < editor < operator; an unknown role has no rights', () => {
    expect(
      ['viewer', 'editor', 'operator', 'chief', ''].map((r) => [roleAllows(r, 'viewer'), roleAllows(r, 'editor'), mayEdit({ role: r })]),
    ).toEqual([
      [true, false, false],
      [true, true, true],
      [true, true, true],
      [false, false, false],
      [false, false, false],
    ]);
  });
});
