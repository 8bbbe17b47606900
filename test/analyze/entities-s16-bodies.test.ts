import { describe, expect, it } from 'vitest';
import { organizations } from './probes.js';

describe('session 16: cue words of the body, medicine and machines (organizations.ts)', () => {
  it('reads جهاز with an organ system or a device as no body', () => {
    expect(organizations('ويدمر السم الجهاز العصبي ويضعف جهاز المناعة، وتعطل جهاز الكمبيوتر الشخصي.')).toEqual([]);
    expect(organizations('ويستخدم الطبيب جهاز قياس الضغط.')).toEqual([]);
    // a security service is still one
    expect(organizations('واعتقل جهاز الأمن الوطني عشرة أشخاص.')).toEqual(['جهاز الأمن الوطني']);
  });

  it('reads a blood bank, a body shape and care units as no body, unless an institution is named', () => {
    expect(organizations('وتبرع الطلاب لبنك الدم، وحافظ على هيئة الجسم، ونقل إلى وحدات العناية المركزة.')).toEqual([]);
    expect(organizations('وأعلن بنك الدم المركزي نقص الوحدات.')).toEqual(['بنك الدم المركزي']);
  });
});

describe('session 16: powers and blocs that are no bodies (organizations.ts)', () => {
  it('reads the branches of power as no body', () => {
    expect(organizations('ويفصل الدستور بين السلطة التشريعية والسلطة القضائية.')).toEqual([]);
    expect(organizations('وقالت السلطة الفلسطينية إن المفاوضات متوقفة.')).toEqual(['السلطة الفلسطينية']);
  });

  it('reads the Cold War blocs as groups of states', () => {
    expect(organizations('وانقسم العالم بين الكتلة الشرقية والكتلة الغربية.')).toEqual([]);
    expect(organizations('وقالت الكتلة الصدرية إنها ستقاطع الجلسة.')).toEqual(['الكتلة الصدرية']);
  });
});

describe('session 16: هيئة "form" and كتلة "mass" (organizations.ts)', () => {
  it('reads على هيئة as "in the form of"', () => {
    expect(organizations('وتنتشر الحرارة على هيئة الأشعة، وتتجمد القطرات على هيئة بلورات الثلج.')).toEqual([]);
    expect(organizations('ويظهر الجني في الحكاية بهيئة الأسد.')).toEqual([]);
    expect(organizations('وقالت هيئة الأوراق المالية إن التداول توقف.')).toEqual(['هيئة الأوراق المالية']);
  });

  it('reads كتلة with a body of matter as its mass', () => {
    expect(organizations('ويحسب الطبيب مؤشر كتلة الجسم، وتبلغ كتلة القمر جزءا من كتلة الأرض.')).toEqual([]);
    expect(organizations('وقالت كتلة المستقبل إنها ستصوت.')).toEqual(['كتلة المستقبل']);
  });
});

describe('session 16: حركة as motion or activity, بعثة as a prophet\'s sending (organizations.ts)', () => {
  it('reads the activity of trade, tourism or a heavenly body as no movement', () => {
    expect(organizations('وتنشط الحركة السياحية الداخلية في الصيف.')).toEqual([]);
    expect(organizations('ورصد الفلكيون الحركة الظاهرية للقمر.')).toEqual([]);
    expect(organizations('وقالت الحركة الإسلامية إن الحوار متوقف.')).toEqual(['الحركة الإسلامية']);
  });

  it('reads بعثة النبي as the Prophet\'s sending', () => {
    expect(organizations('واحتفل المسلمون بذكرى بعثة النبي.')).toEqual([]);
  });
});
