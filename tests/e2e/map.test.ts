import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nationTagLabel } from '../../src/domain/now';
import { mapRouteUrl, plannerUrl, roleUrl } from '../../src/lib/site/urls';
import { content } from '../unit/siteContent';
import { baseUrl, openHydrated, useTestBrowser } from './site';
import { axeViolations } from './axe';

/** The moves in content/progression.yaml, as an editor wrote them. */
const moves = Object.values(
  parse(readFileSync(join(import.meta.dirname, '../../content/progression.yaml'), 'utf8')) as Record<
    string,
    { from: { kind: string; role?: string }; takes?: { requirements?: string[] } }
  >,
);

const { newPage } = useTestBrowser();

const desktop = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };

async function openMap(viewport: { width: number; height: number }, path = '/map/'): Promise<Page> {
  const touch = viewport.width < 500;
  const page = await newPage({ viewport, isMobile: touch, hasTouch: touch });
  await openHydrated(page, path);
  return page;
}

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
const panelHeading = (page: Page) => page.locator('#map-panel-heading').innerText();

/** The map's nodes in page order, with what the lanes list says about each: its lane, level and the places its moves lead to. */
async function mapNodes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGAElement>('#progression-map a[data-node]')].map((node, index) => {
      const step = document.getElementById(`map-step-${index}`);
      return {
        id: node.dataset['node'] ?? '',
        label: node.querySelector('text')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
        lane: step?.closest('section')?.querySelector('h3')?.textContent ?? '',
        level: Number(step?.querySelector('.map-step-level')?.textContent.replace('Level ', '') ?? 'NaN'),
        leadsTo: [...(step?.querySelectorAll('.map-step-moves li > a') ?? [])].map((link) => link.textContent.trim()),
      };
    }),
  );
}

describe('the progression map at 1366×900', () => {
  it('shows a clicked node in the panel beside the map, and leaves the page where it is', async () => {
    const page = await openMap(desktop);
    const nodes = await mapNodes(page);
    const chosen = nodes.find((node) => node.leadsTo.length >= 3) ?? nodes[0]!;
    const node = page.locator(`a[data-node="${chosen.id}"]`);
    await node.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => ({ x: scrollX, y: scrollY, href: location.href }));
    const box = (await node.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('#map-panel-heading', { hasText: chosen.label }).waitFor();
    expect(await page.evaluate(() => ({ x: scrollX, y: scrollY, href: location.href }))).toEqual(before);

    const panel = page.locator('.map-panel');
    const [panelBox, frameBox] = [(await panel.boundingBox())!, (await page.locator('#map-frame').boundingBox())!];
    expect(panelBox.x).toBeGreaterThanOrEqual(frameBox.x + frameBox.width);
    expect(await panel.getByRole('link', { name: 'Open the page' }).getAttribute('href')).toBe(await node.getAttribute('href'));
    expect(await panel.getByRole('link', { name: 'Plan a route from here' }).getAttribute('href')).toBe(plannerUrl({ from: chosen.id }));
    expect(await panel.getByRole('link', { name: 'Plan a route to here' }).getAttribute('href')).toBe(plannerUrl({ to: chosen.id }));
    // What each move takes, for every place it leads.
    for (const target of chosen.leadsTo) expect(await panel.innerText()).toContain(target);
  });

  it('highlights where the selected node leads and dims the rest', async () => {
    const page = await openMap(desktop);
    const nodes = await mapNodes(page);
    const chosen = nodes.find((node) => node.leadsTo.length >= 2)!;
    await page.locator(`a[data-node="${chosen.id}"]`).click();
    await page.locator('#map-panel-heading', { hasText: chosen.label }).waitFor();
    const strokes = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('#progression-map a[data-node]')].map((node) => [
          node.querySelector('text')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
          getComputedStyle(node.querySelector('rect')!).stroke,
        ]),
      ),
    );
    const highlighted = new Set(chosen.leadsTo.map((label) => strokes[label]));
    expect(highlighted.size).toBe(1);
    const others = nodes.filter((node) => node.id !== chosen.id && !chosen.leadsTo.includes(node.label));
    expect(others.filter((node) => highlighted.has(strokes[node.label])).map((node) => node.label)).toEqual([]);
    const lines = await page.evaluate(() => {
      const colours = [...document.querySelectorAll('#progression-map path[data-moves]')].map((line) => getComputedStyle(line).stroke);
      return colours.reduce<Record<string, number>>((count, colour) => ({ ...count, [colour]: (count[colour] ?? 0) + 1 }), {});
    });
    // The lines of its moves in one colour (a line can draw moves both ways), everything else in another.
    expect(Object.keys(lines)).toHaveLength(2);
    expect(Math.min(...Object.values(lines))).toBeLessThanOrEqual(chosen.leadsTo.length);
    await page.keyboard.press('Escape');
    expect(await panelHeading(page)).toBe('Choose a place on the map');
  });

  it('draws every label at 12 px or more, inside its box', async () => {
    const page = await openMap(desktop);
    const labels = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('#progression-map')!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((text) => {
        const box = text.closest('a')?.querySelector('rect')?.getBoundingClientRect();
        const own = text.getBoundingClientRect();
        return {
          text: text.textContent,
          px: parseFloat(getComputedStyle(text).fontSize) * scale,
          inside: !box || (own.left >= box.left && own.right <= box.right && own.top >= box.top && own.bottom <= box.bottom),
        };
      });
    });
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter((label) => label.px < 12)).toEqual([]);
    expect(labels.filter((label) => !label.inside).map((label) => label.text)).toEqual([]);
  });

  it('leaves pinch-zoom and panning to the browser', async () => {
    const page = await openMap(desktop);
    const touchAction = await page.evaluate(() =>
      ['#map-frame', '#progression-map'].map((selector) => getComputedStyle(document.querySelector(selector)!).touchAction),
    );
    expect(touchAction).toEqual(['auto', 'auto']);
  });
});

describe('the progression map, by keyboard', () => {
  it('takes Tab through each ladder from its first level', async () => {
    const page = await openMap(desktop);
    const nodes = await mapNodes(page);
    await page.getByRole('link', { name: 'Skip the map' }).focus();
    const tabbed: string[] = [];
    for (let count = 0; count < nodes.length; count++) {
      await page.keyboard.press('Tab');
      tabbed.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['node'] ?? ''));
    }
    // Every node, once, right after the skip link.
    expect([...tabbed].sort()).toEqual(nodes.map((node) => node.id).sort());
    const ladders = [...new Set(nodes.filter((node) => Number.isFinite(node.level)).map((node) => node.lane))];
    expect(ladders.length).toBeGreaterThan(3);
    for (const ladder of ladders) {
      const levels = tabbed
        .map((id) => nodes.find((node) => node.id === id)!)
        .filter((node) => node.lane === ladder)
        .map((node) => node.level);
      expect(levels[0], ladder).toBe(1);
      expect(levels, ladder).toEqual([...levels].sort((a, b) => a - b));
    }
  });

  it('has a link that skips past the map', async () => {
    const page = await openMap(desktop);
    await page.getByRole('link', { name: 'Skip the map' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#map-lanes')))).toBe(true);
  });

  it('walks from Midday Supervision 1 to Qualified Teacher Status with the arrow keys', async () => {
    const page = await openMap(desktop);
    await page.locator('a[data-node="role:midday-supervision-1"]').focus();
    const path = [
      'Midday Supervision 2',
      'Teaching Assistant 1',
      'Teaching Assistant 2',
      'Teaching Assistant 3',
      'Teaching Assistant 4',
      'Higher Level Teaching Assistant status',
      'Foundation Degree',
    ];
    for (const step of path) {
      await page.keyboard.press('ArrowRight');
      // Down moves between the choices at this step until the one we want has focus.
      for (let tries = 0; tries < 12 && !(await focusedLabel(page)).startsWith(step); tries++) await page.keyboard.press('ArrowDown');
      expect(await focusedLabel(page)).toMatch(new RegExp(`^${step}`));
      await page.locator('#map-panel-heading', { hasText: new RegExp(`^${step}`) }).waitFor();
    }
    for (let tries = 0; tries < 6 && !(await focusedLabel(page)).startsWith('Qualified Teacher Status'); tries++) {
      await page.keyboard.press('ArrowRight');
    }
    expect(await focusedLabel(page)).toMatch(/^Qualified Teacher Status \(QTS\), end of the map/);
  });

  it('brings the focused node into view when zoomed in', async () => {
    const page = await openMap(desktop);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.locator('a[data-node="role:teaching-assistant-1"]').focus();
    const frame = page.locator('#map-frame');
    for (let step = 0; step < 8; step++) {
      await page.keyboard.press('ArrowRight');
      const [node, view] = await page.evaluate(() =>
        [document.activeElement!, document.querySelector('#map-frame')!].map((element) => {
          const { left, right } = element.getBoundingClientRect();
          return { left, right };
        }),
      );
      expect(node!.left).toBeGreaterThanOrEqual(view!.left - 1);
      expect(node!.right).toBeLessThanOrEqual(view!.right + 1);
    }
    expect(await frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });

  it('shows in the panel everything each move from the selected node takes, as the content gives it', async () => {
    const page = await openMap(desktop);
    const role = 'teaching-assistant-1';
    const requirements = moves.filter((move) => move.from.role === role).flatMap((move) => move.takes?.requirements ?? []);
    expect(requirements.length).toBeGreaterThan(0);
    await page.locator(`a[data-node="role:${role}"]`).focus();
    await page.locator('.map-panel-moves li').first().waitFor();
    const panel = await page.locator('.map-panel').innerText();
    expect(requirements.filter((requirement) => !panel.includes(requirement))).toEqual([]);
  });

  it("opens a node's page with Enter", async () => {
    const page = await openMap(desktop);
    const node = page.locator('a[data-node="role:learning-mentor-2"]');
    const href = await node.getAttribute('href');
    await node.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}${href}`);
  });
});

/** Map node ids and the nation label the content gives each ("England only"), or undefined where it applies in every nation. */
const nationTags = new Map<string, string | undefined>([
  ...content.statuses.flatMap((status) => [
    [`status:${status.id}`, nationTagLabel(status.data.now.nations)] as const,
    ...status.data.routes.map((route) => [`route:${route.id}`, nationTagLabel(route.nations)] as const),
  ]),
  ...content.qualifications.map((entry) => [`qualification:${entry.id}`, nationTagLabel(entry.data.now.nations)] as const),
]);

describe('routes that apply in some nations only, on the map', () => {
  it('are tagged with their nations on the map, in the lanes and in the panel, and nothing else is', async () => {
    const page = await openMap(desktop);
    const nodes = await page.evaluate(() =>
      [...document.querySelectorAll<SVGAElement>('#progression-map a[data-node]')].map((node, index) => ({
        id: node.dataset['node'] ?? '',
        label: node.querySelector('text')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
        text: node.textContent.replace(/\s+/g, ' ').trim(),
        name: node.getAttribute('aria-label') ?? '',
        lanes: [...(document.getElementById(`map-step-${index}`)?.querySelectorAll('.map-step-name .nation-tag') ?? [])].map((tag) =>
          tag.textContent.trim(),
        ),
      })),
    );
    const tagged = nodes.filter((node) => nationTags.get(node.id) !== undefined);
    expect(tagged.map((node) => node.id)).toContain('route:teacher-degree-apprenticeship');
    for (const node of nodes) {
      const tag = nationTags.get(node.id);
      if (tag === undefined) {
        expect(node.lanes, node.id).toEqual([]);
        expect(node.text, node.id).toBe(node.label);
        continue;
      }
      expect(node.text, node.id).toBe(`${node.label} ${tag}`);
      expect(node.name, node.id).toContain(`${node.label}, ${tag}`);
      expect(node.lanes, node.id).toEqual([tag]);
    }
    for (const node of tagged) {
      const svgNode = page.locator(`a[data-node="${node.id}"]`);
      await svgNode.scrollIntoViewIfNeeded();
      await svgNode.click();
      await page.locator('#map-panel-heading', { hasText: node.label }).waitFor();
      expect(await page.locator('.map-panel .nation-tag').allInnerTexts(), node.id).toEqual([nationTags.get(node.id)]);
    }
  });
});

describe('a route from the planner', () => {
  it('is drawn on the map and listed in the panel', async () => {
    const page = await openMap(desktop);
    const route = (await mapNodes(page)).filter((node) => node.lane === 'Teaching Assistant').slice(0, 3);
    await openHydrated(page, mapRouteUrl(route.map((node) => node.id)));
    expect(await panelHeading(page)).toBe('Your route');
    expect(await page.locator('.map-panel-route li').allInnerTexts()).toEqual(route.map((node) => node.label));
    const onRoute = await page.locator('#progression-map [data-route-on]').count();
    expect(onRoute).toBe(route.length + route.length - 1);
    await page.getByRole('button', { name: 'Clear the route' }).click();
    expect(await page.locator('#progression-map [data-route-on]').count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
  });

  it('opens on a phone in the panel along the bottom, its steps marked in the lanes', async () => {
    const route = (await mapNodes(await openMap(desktop))).filter((node) => node.lane === 'Teaching Assistant').slice(0, 2);
    const page = await openMap(phone, mapRouteUrl(route.map((node) => node.id)));
    expect(await page.locator('.map-panel').isVisible()).toBe(true);
    expect(await panelHeading(page)).toBe('Your route');
    expect(await page.locator('#map-lanes .map-step[data-route-on]').count()).toBe(route.length);
  });

  it('is refused, and said so, when the address names steps that are not moves', async () => {
    const page = await openMap(desktop, mapRouteUrl(['role:teaching-assistant-1', 'status:qts']));
    expect(await page.locator('.map-panel').innerText()).toContain('not one on the map');
    expect(await page.locator('#progression-map [data-route-on]').count()).toBe(0);
  });
});

describe('the progression map on a 390 px phone', () => {
  it('shows each ladder as a lane of steps, not the wide picture, with every label at 12 px or more', async () => {
    const page = await openMap(phone);
    expect(await page.locator('#progression-map').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    const nodes = await mapNodes(page);
    const steps = page.locator('#map-lanes .map-step');
    expect(await steps.count()).toBe(nodes.length);
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('#map-lanes .map-step-name, #map-lanes .map-step-level, #map-lanes .map-step-next')].map((element) => ({
        text: element.textContent.trim(),
        px: parseFloat(getComputedStyle(element).fontSize),
        fits: element.getBoundingClientRect().right <= document.documentElement.clientWidth,
      })),
    );
    expect(sizes.filter((size) => size.px < 12 || !size.fits)).toEqual([]);
  });

  it('opens a tapped step in a panel below it that leaves the step in view, without leaving the page', async () => {
    const page = await openMap(phone);
    const nodes = await mapNodes(page);
    const index = nodes.findIndex((node) => node.leadsTo.length >= 2);
    const name = page.locator(`#map-step-${index} .map-step-name a`);
    await name.scrollIntoViewIfNeeded();
    const href = page.url();
    await name.tap();
    await page.locator('#map-panel-heading', { hasText: nodes[index]!.label }).waitFor();
    expect(page.url()).toBe(href);
    const [step, panel] = [(await page.locator(`#map-step-${index}`).boundingBox())!, (await page.locator('.map-panel').boundingBox())!];
    expect(step.y + step.height).toBeLessThanOrEqual(panel.y + 1);
    expect(step.y).toBeGreaterThanOrEqual(0);
    await page.getByRole('button', { name: 'Close' }).tap();
    expect(await page.locator('.map-panel').isVisible()).toBe(false);
  });
});

describe('the progression map with a node selected', () => {
  for (const [name, viewport] of [
    ['beside the map', desktop],
    ['in the sheet on a phone', phone],
  ] as const) {
    it(`passes axe with the panel open ${name}`, async () => {
      const page = await openMap(viewport);
      const index = (await mapNodes(page)).findIndex((node) => node.leadsTo.length >= 2);
      const target =
        viewport === phone ? page.locator(`#map-step-${index} .map-step-name a`) : page.locator('#progression-map a[data-node]').nth(index);
      await (viewport === phone ? target.tap() : target.click());
      await page.locator('.map-panel.is-open').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

describe('the progression map when JavaScript is unavailable', () => {
  it('is still there, every node a link, with the moves listed as text', async () => {
    const page = await newPage({ javaScriptEnabled: false, viewport: desktop });
    await page.goto(`${baseUrl}/map/`);
    expect(await page.locator('#progression-map').isVisible()).toBe(true);
    const nodes = page.locator('#progression-map a[data-node]');
    const steps = await page.locator('#map-lanes .map-step').count();
    expect(await nodes.count()).toBe(steps);
    expect(await page.locator('#progression-map a[data-node]:not([href^="/"])').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Every move, ladder by ladder' }).isVisible()).toBe(true);
  });
});

describe('a role page', () => {
  it('lists everything each of its moves takes, as the content gives it, without any script', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const roles = [...new Set(moves.flatMap((move) => (move.from.kind === 'role' && move.from.role ? [move.from.role] : [])))];
    expect(roles.length).toBeGreaterThan(10);
    for (const role of roles) {
      await page.goto(`${baseUrl}${roleUrl(role)}`);
      const text = await page.locator('main').innerText();
      const missing = moves
        .filter((move) => move.from.role === role)
        .flatMap((move) => move.takes?.requirements ?? [])
        .filter((requirement) => !text.includes(requirement));
      expect(missing, role).toEqual([]);
    }
  });

  it('shows moves to another ladder as sideways moves, apart from its next steps', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}${roleUrl('teaching-assistant-3')}`);
    const after = (heading: string) => page.locator(`h3:text-is("${heading}") + ul > li > a, h3:text-is("${heading}") + p + ul > li > a`);
    expect(await after('Next steps').allInnerTexts()).toContain('Teaching Assistant 4');
    expect(await after('Next steps').allInnerTexts()).not.toContain('Additional Support Needs Assistant 2');
    expect(await after('Sideways moves').allInnerTexts()).toEqual(['Additional Support Needs Assistant 2']);
  });

  it('says Teaching Assistant 5 already meets or works towards HLTA status instead of routing it there', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}${roleUrl('teaching-assistant-5')}`);
    const heading = page.getByRole('heading', { name: 'To Higher Level Teaching Assistant status' });
    expect(await heading.locator('xpath=following-sibling::*[1]').innerText()).toMatch(
      /^Teaching Assistant 5 already meets or works towards Higher Level Teaching Assistant status \(HLTA\)\. Its profile asks for: “Meeting the professional standards/,
    );
    expect(await heading.locator('xpath=following-sibling::*[1][self::ol]').count()).toBe(0);
  });

  it('shows its onward routes to HLTA and QTS without any script', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/roles/teaching-assistant-2/`);
    expect(await page.getByRole('heading', { name: 'To Higher Level Teaching Assistant status' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'To Qualified Teacher Status' }).isVisible()).toBe(true);
  });
});
