/*
 * Draws what the story's device shows (src/domain/screenContent): the device itself and, on its
 * screen, the pop-up, the game with its chat, the call… in the world's calm flat style. Words
 * come in already looked up (current language); movement is gentle and skipped entirely with
 * reduced motion (the same picture, drawn still). Only draws: nothing here is pressed.
 */

import type Phaser from 'phaser';
import type { Device, ScreenContent } from '../src/domain/screenContent';
import { calm } from './calmMotion';

export interface ScreenWords {
  /** Looks up one field of this screen's words (`title`, `button`, `messages.hi`…). */
  word: (field: string) => string;
  /** Chat bubbles in order (a chat scenario's own messages, or the screen's). */
  bubbles: { from: 'them' | 'me'; text: string }[];
}

export interface DrawnScreen {
  container: Phaser.GameObjects.Container;
  /** Every word drawn, in reading order: the world exposes them for tests and teachers' tools. */
  words: string[];
  /** Tweens started for this screen (none with reduced motion). */
  tweens: number;
  /** The size of the smallest words drawn, in CSS pixels (never under MIN_TEXT_PX). */
  smallestTextPx: number | null;
  /** Darkens the screen (turned off) or, on a call, turns the camera off. */
  turnOff: () => void;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const INK = '#1f2a44';
const FONT = 'Andika, "Atkinson Hyperlegible Next", sans-serif';
const FRAME = 0x3b4a6b;
const GLASS = 0xf4f8ff;
/** The smallest words on a screen, in CSS pixels (the canvas is drawn at the page's size): a bubble, a button, a label. */
export const MIN_TEXT_PX = 12;

/** The icons a screen content draws (so the scene can load them first). */
export function screenIcons(content: ScreenContent, self: string | null): string[] {
  const c = content as Record<string, unknown>;
  const icons = ['icon', 'behind', 'game', 'contact', 'caller', 'app'].map((k) => c[k]).filter(Boolean) as string[];
  if (content.show === 'search-results')
    icons.push('magnifying-glass-tilted-left', ...content.results.map((r) => r.icon));
  if (content.show === 'video-call' && self) icons.push(self);
  if (content.show === 'prize-banner') icons.push('sparkles');
  if (content.show === 'login-box') icons.push('locked');
  return icons;
}

/** Where the device stands in a stage of this size, and how big it is. */
export function deviceBox(device: Device, width: number, height: number): Box {
  const aspect = { tablet: 1.45, laptop: 1.5, computer: 1.5, phone: 0.56 }[device];
  const maxH = height * (device === 'laptop' || device === 'computer' ? 0.6 : 0.68);
  const maxW = width * 0.5;
  const h = Math.min(maxH, maxW / aspect);
  const w = h * aspect;
  return { x: width * 0.72 - w / 2, y: height * 0.2, w, h };
}

export function drawScreen(
  scene: Phaser.Scene,
  device: Device,
  content: ScreenContent,
  words: ScreenWords,
  box: Box,
  options: { reducedMotion: boolean; self: string | null },
): DrawnScreen {
  const container = scene.add.container(0, 0);
  const drawn: string[] = [];
  const textSizes: number[] = [];
  let tweens = 0;
  const still = options.reducedMotion;
  const animate = (config: Phaser.Types.Tweens.TweenBuilderConfig) => {
    if (still) return;
    tweens++;
    scene.tweens.add(calm(config));
  };
  const text = (x: number, y: number, value: string, size: number, wrap: number, style: Partial<TextStyle> = {}) => {
    drawn.push(value);
    const px = Math.max(MIN_TEXT_PX, Math.round(size));
    textSizes.push(px);
    const t = scene.add
      .text(x, y, value, {
        fontFamily: FONT,
        fontSize: `${px}px`,
        color: INK,
        align: 'center',
        // Phaser throws on a wrap narrower than one letter (a stage still being laid out).
        wordWrap: { width: Math.max(px * 2, wrap || 0), useAdvancedWrap: true },
        ...style,
      })
      .setOrigin(0.5, 0.5);
    container.add(t);
    return t;
  };
  const image = (name: string, x: number, y: number, size: number) => {
    const img = scene.add.image(x, y, name).setDisplaySize(size, size);
    container.add(img);
    return img;
  };
  const g = () => {
    const graphics = scene.add.graphics();
    container.add(graphics);
    return graphics;
  };

  // The device: its frame, and the glass it shows things on.
  const frame = g();
  const bezel = device === 'phone' ? box.w * 0.07 : box.h * 0.06;
  frame.fillStyle(FRAME, 1).fillRoundedRect(box.x, box.y, box.w, box.h, Math.min(22, box.h * 0.08));
  if (device === 'laptop') {
    frame.fillStyle(0x8a97b5, 1).fillRoundedRect(box.x - box.w * 0.08, box.y + box.h, box.w * 1.16, box.h * 0.09, 6);
  }
  if (device === 'computer') {
    frame.fillStyle(0x8a97b5, 1).fillRect(box.x + box.w * 0.45, box.y + box.h, box.w * 0.1, box.h * 0.12);
    frame.fillRoundedRect(box.x + box.w * 0.3, box.y + box.h * 1.1, box.w * 0.4, box.h * 0.05, 4);
  }
  const s: Box = { x: box.x + bezel, y: box.y + bezel, w: box.w - bezel * 2, h: box.h - bezel * 2 };
  const glass = g();
  glass.fillStyle(content.show === 'video-call' ? 0x5b7db1 : GLASS, 1).fillRoundedRect(s.x, s.y, s.w, s.h, 8);
  const cx = s.x + s.w / 2;
  const cy = s.y + s.h / 2;
  const unit = Math.min(s.w, s.h);
  const small = Math.max(MIN_TEXT_PX, unit * 0.075);

  /** The game or video a box pops up over, faded behind it. */
  const behind = (name: string | undefined) => {
    if (name) image(name, cx, cy, unit * 0.7).setAlpha(0.3);
  };
  /** A box that appears: it grows in gently after a moment (still, with reduced motion). */
  const appear = (targets: Phaser.GameObjects.GameObject[], delay = 450) => {
    for (const t of targets) (t as unknown as { setAlpha: (a: number) => void }).setAlpha(still ? 1 : 0);
    animate({ targets, alpha: 1, duration: 420, delay, ease: 'Sine.easeOut' });
  };
  const button = (x: number, y: number, label: string, w: number, colour = 0x2b6cb0) => {
    const b = g();
    const h = small * 2.1;
    b.fillStyle(colour, 1).fillRoundedRect(x - w / 2, y - h / 2, w, h, h / 2);
    const t = text(x, y, label, small * 0.95, w - 10, { color: '#ffffff', fontStyle: 'bold' });
    return [b, t];
  };
  const card = (b: Box, fill = 0xffffff) => {
    const c = g();
    c.fillStyle(0x1f2a44, 0.18).fillRoundedRect(b.x + 3, b.y + 4, b.w, b.h, 12);
    c.fillStyle(fill, 1).fillRoundedRect(b.x, b.y, b.w, b.h, 12);
    c.lineStyle(2, 0xc9d6ea, 1).strokeRoundedRect(b.x, b.y, b.w, b.h, 12);
    return c;
  };
  /** Chat bubbles, arriving one by one. */
  const bubbles = (area: Box, list: { from: 'them' | 'me'; text: string }[]) => {
    const gap = small * 0.6;
    let y = area.y + gap;
    list.forEach((m, i) => {
      const w = area.w * 0.82;
      const x = m.from === 'me' ? area.x + area.w - w - gap / 2 : area.x + gap / 2;
      const label = scene.add
        .text(0, 0, m.text, {
          fontFamily: FONT,
          fontSize: `${Math.round(small)}px`,
          color: m.from === 'me' ? '#ffffff' : INK,
          wordWrap: { width: Math.max(24, small * 2, w - 16 || 0), useAdvancedWrap: true },
        })
        .setOrigin(0, 0);
      drawn.push(m.text);
      textSizes.push(Math.round(small));
      const h = Math.min(label.height + 12, area.y + area.h - y - 4);
      if (h < small) {
        label.destroy();
        return;
      }
      const bg = g();
      bg.fillStyle(m.from === 'me' ? 0x2b6cb0 : 0xffffff, 1).fillRoundedRect(x, y, w, h, 10);
      label.setPosition(x + 8, y + 6);
      container.add(label);
      const arrive = [bg, label];
      for (const t of arrive) t.setAlpha(still ? 1 : 0);
      animate({ targets: arrive, alpha: 1, duration: 350, delay: 500 + i * 900, ease: 'Sine.easeOut' });
      y += h + gap;
    });
  };

  switch (content.show) {
    case 'popup':
    case 'advert':
    case 'prize-banner':
    case 'login-box': {
      behind(content.behind);
      const b: Box = { x: s.x + s.w * 0.1, y: s.y + s.h * 0.1, w: s.w * 0.8, h: s.h * 0.8 };
      const fill = content.show === 'advert' ? 0xfff3b0 : content.show === 'prize-banner' ? 0xffe1f0 : 0xffffff;
      const parts: Phaser.GameObjects.GameObject[] = [card(b, fill)];
      const iconName = content.show === 'login-box' ? 'locked' : content.icon;
      parts.push(image(iconName, b.x + b.w / 2, b.y + b.h * 0.2, b.h * 0.26));
      const main = content.show === 'popup' || content.show === 'login-box' ? 'title' : 'text';
      parts.push(
        text(b.x + b.w / 2, b.y + b.h * 0.5, words.word(main), small * 1.05, b.w * 0.88, { fontStyle: 'bold' }),
      );
      if (content.show === 'login-box') {
        const field = g();
        field.fillStyle(0xeef2f8, 1).fillRoundedRect(b.x + b.w * 0.2, b.y + b.h * 0.62, b.w * 0.6, small * 1.6, 6);
        parts.push(field, text(b.x + b.w / 2, b.y + b.h * 0.62 + small * 0.8, '• • • •', small, b.w * 0.6));
        drawn.pop();
      }
      const colour = content.show === 'prize-banner' ? 0xd53f8c : content.show === 'advert' ? 0xdd6b20 : 0x2b6cb0;
      parts.push(...button(b.x + b.w / 2, b.y + b.h * 0.85, words.word('button'), b.w * 0.7, colour));
      appear(parts);
      if (content.show === 'prize-banner') {
        const sparkles = [0.12, 0.88].map((fx) => image('sparkles', b.x + b.w * fx, b.y + b.h * 0.18, b.h * 0.18));
        appear(sparkles, 700);
        animate({ targets: sparkles, angle: 12, duration: 900, yoyo: true, repeat: 2, delay: 900 });
      }
      break;
    }
    case 'notification': {
      behind(content.behind);
      const b: Box = { x: s.x + s.w * 0.06, y: s.y + s.h * 0.06, w: s.w * 0.88, h: Math.max(s.h * 0.34, small * 4.4) };
      const banner = card(b);
      const appIcon = image(content.app, b.x + b.h * 0.45, b.y + b.h / 2, b.h * 0.55);
      const name = text(b.x + b.w * 0.6, b.y + b.h * 0.3, words.word('app'), small * 0.9, b.w * 0.7, {
        fontStyle: 'bold',
      });
      const line = text(b.x + b.w * 0.6, b.y + b.h * 0.66, words.word('text'), small, b.w * 0.68);
      const parts = [banner, appIcon, name, line];
      if (!still) {
        for (const p of parts) (p as unknown as { y: number }).y -= b.h * 1.2;
        animate({ targets: parts, y: `+=${b.h * 1.2}`, duration: 500, delay: 400, ease: 'Back.easeOut' });
        // The ping: one soft ring around the app's picture.
        const ring = scene.add
          .circle(appIcon.x, appIcon.y, b.h * 0.3)
          .setStrokeStyle(3, 0x2b6cb0)
          .setAlpha(0);
        container.add(ring);
        animate({ targets: ring, alpha: { from: 0.9, to: 0 }, scale: { from: 1, to: 1.8 }, duration: 800, delay: 900 });
      }
      break;
    }
    case 'game-chat': {
      const gameW = s.w * 0.45;
      image(content.game, s.x + gameW / 2, cy + small, Math.min(gameW, s.h) * 0.6);
      const panel: Box = { x: s.x + gameW, y: s.y, w: s.w - gameW, h: s.h };
      const p = g();
      p.fillStyle(0xdfe8f5, 1).fillRoundedRect(panel.x, panel.y, panel.w, panel.h, 8);
      text(s.x + gameW / 2, s.y + small * 1.2, words.word('game'), small, gameW - 8, { fontStyle: 'bold' });
      bubbles({ x: panel.x + 4, y: panel.y + 4, w: panel.w - 8, h: panel.h - 8 }, words.bubbles);
      break;
    }
    case 'message-thread': {
      const bar = g();
      const barH = small * 2.6;
      bar.fillStyle(0xdfe8f5, 1).fillRoundedRect(s.x, s.y, s.w, barH, 8);
      image(content.contact, s.x + barH * 0.6, s.y + barH / 2, barH * 0.75);
      text(s.x + s.w / 2 + barH * 0.3, s.y + barH / 2, words.word('name'), small * 1.05, s.w - barH * 2, {
        fontStyle: 'bold',
      });
      bubbles({ x: s.x + 4, y: s.y + barH + 2, w: s.w - 8, h: s.h - barH - 6 }, words.bubbles);
      break;
    }
    case 'video-call': {
      const caller = image(content.caller, cx, cy - small * 0.6, unit * 0.62);
      const name = g();
      name
        .fillStyle(0x1f2a44, 0.55)
        .fillRoundedRect(cx - s.w * 0.25, s.y + s.h - small * 2.4, s.w * 0.5, small * 1.9, 8);
      text(cx, s.y + s.h - small * 1.45, words.word('name'), small, s.w * 0.5, { color: '#ffffff' });
      // The child's own picture, small in the corner: what the camera sees.
      const selfBox: Box = { x: s.x + s.w * 0.72, y: s.y + s.h * 0.06, w: s.w * 0.24, h: s.h * 0.3 };
      const selfBg = g();
      selfBg.fillStyle(0xcfe3ff, 1).fillRoundedRect(selfBox.x, selfBox.y, selfBox.w, selfBox.h, 6);
      if (options.self) image(options.self, selfBox.x + selfBox.w / 2, selfBox.y + selfBox.h / 2, selfBox.h * 0.8);
      const selfDark = g();
      selfDark.fillStyle(0x1f2a44, 1).fillRoundedRect(selfBox.x, selfBox.y, selfBox.w, selfBox.h, 6).setAlpha(0);
      // The camera light on the frame: green while the camera is on.
      const light = scene.add.circle(box.x + box.w / 2, box.y + bezel / 2, Math.max(3, bezel * 0.28), 0x48bb78);
      container.add(light);
      animate({ targets: light, alpha: 0.45, duration: 900, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
      animate({
        targets: caller,
        y: caller.y - unit * 0.02,
        duration: 1600,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
      return finish(() => {
        scene.tweens.killTweensOf(light);
        light.setFillStyle(0x9aa5b8).setAlpha(1);
        darken(selfDark, 1);
        darken(cover(), 0.75);
      });
    }
    case 'search-results': {
      const barH = small * 2.4;
      const bar = g();
      bar.fillStyle(0xffffff, 1).fillRoundedRect(s.x + s.w * 0.05, s.y + small * 0.6, s.w * 0.9, barH, barH / 2);
      bar.lineStyle(2, 0xc9d6ea, 1).strokeRoundedRect(s.x + s.w * 0.05, s.y + small * 0.6, s.w * 0.9, barH, barH / 2);
      image('magnifying-glass-tilted-left', s.x + s.w * 0.05 + barH * 0.6, s.y + small * 0.6 + barH / 2, barH * 0.6);
      text(cx + barH * 0.3, s.y + small * 0.6 + barH / 2, words.word('query'), small, s.w * 0.7);
      const rowH = (s.h - barH - small * 2) / 3;
      content.results.forEach((r, i) => {
        const y = s.y + barH + small * 1.4 + i * rowH;
        const row = g();
        row.fillStyle(0xffffff, 1).fillRoundedRect(s.x + s.w * 0.05, y, s.w * 0.9, rowH - 6, 8);
        const pic = image(r.icon, s.x + s.w * 0.05 + rowH * 0.5, y + (rowH - 6) / 2, (rowH - 6) * 0.7);
        const t = text(cx + rowH * 0.35, y + (rowH - 6) / 2, words.word(`results.${r.id}`), small * 0.95, s.w * 0.7);
        appear([row, pic, t], 450 + i * 600);
      });
      break;
    }
    case 'game': {
      text(cx, s.y + small * 1.3, words.word('title'), small * 1.1, s.w * 0.9, { fontStyle: 'bold' });
      const pic = image(content.game, cx, cy + small * 0.8, unit * 0.55);
      animate({ targets: pic, y: pic.y - unit * 0.04, duration: 1200, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
      break;
    }
    case 'video': {
      const bg = g();
      bg.fillStyle(0x2d3b55, 1).fillRoundedRect(s.x, s.y, s.w, s.h, 8);
      text(cx, s.y + small * 1.3, words.word('title'), small * 1.05, s.w * 0.9, {
        color: '#ffffff',
        fontStyle: 'bold',
      });
      const pic = image(content.icon, cx, cy, unit * 0.5);
      const track = g();
      track.fillStyle(0x8a97b5, 1).fillRect(s.x + s.w * 0.08, s.y + s.h - small * 1.2, s.w * 0.84, 4);
      const played = scene.add
        .rectangle(s.x + s.w * 0.08, s.y + s.h - small * 1.2, s.w * 0.84, 4, 0xf56565)
        .setOrigin(0, 0);
      played.scaleX = still ? 0.4 : 0.05;
      container.add(played);
      animate({ targets: played, scaleX: 0.4, duration: 4500, ease: 'Linear' });
      animate({
        targets: pic,
        scale: pic.scale * 1.05,
        duration: 1400,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
      break;
    }
    case 'photo': {
      const b: Box = { x: cx - unit * 0.42, y: s.y + s.h * 0.06, w: unit * 0.84, h: s.h * 0.62 };
      card(b);
      image(content.icon, cx, b.y + b.h / 2, b.h * 0.75);
      appear(button(cx, s.y + s.h * 0.84, words.word('button'), s.w * 0.6));
      break;
    }
    case 'home-screen': {
      const colours = [0xff7a6b, 0xffd23f, 0x7cc36e, 0x8fd3ff, 0xb58cff, 0xf6ad55];
      const cols = device === 'phone' ? 2 : 3;
      const size = Math.min(s.w / (cols * 1.8), s.h / 4);
      colours.forEach((colour, i) => {
        const col = i % cols;
        const row = Math.floor(i / cols);
        const tile = g();
        const x = s.x + s.w / 2 + (col - (cols - 1) / 2) * size * 1.6;
        const y = s.y + s.h * 0.3 + row * size * 1.5;
        tile.fillStyle(colour, 1).fillRoundedRect(x - size / 2, y - size / 2, size, size, size * 0.25);
      });
      break;
    }
    case 'off':
      glass.clear().fillStyle(0x1f2a44, 1).fillRoundedRect(s.x, s.y, s.w, s.h, 8);
      break;
    case 'nothing':
      break;
  }
  return finish(() => darken(cover(), 0.92));

  /** A dark sheet over the glass, made clear, for turning the screen off. */
  function cover() {
    const dark = g();
    dark.fillStyle(0x111827, 1).fillRoundedRect(s.x, s.y, s.w, s.h, 8).setAlpha(0);
    return dark;
  }
  function darken(target: Phaser.GameObjects.Graphics, alpha: number) {
    if (still) target.setAlpha(alpha);
    else {
      tweens++;
      scene.tweens.add({ targets: target, alpha, duration: 700, ease: 'Sine.easeIn' });
    }
  }
  function finish(turnOff: () => void): DrawnScreen {
    let off = false;
    return {
      container,
      words: drawn,
      get smallestTextPx() {
        return textSizes.length ? Math.min(...textSizes) : null;
      },
      get tweens() {
        return tweens;
      },
      turnOff: () => {
        if (off) return;
        off = true;
        turnOff();
      },
    };
  }
}

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;
