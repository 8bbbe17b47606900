import { outletRecord, type OutletRecord } from './record.js';

/**
 * Built-in outlet records. Add an outlet by adding a record; nothing else changes. Names and hosts are
 * public facts about the outlets; furniture lines are what their page templates print around articles.
 */
export const BUILTIN_OUTLETS: readonly OutletRecord[] = [
  outletRecord({ name: 'المغرب اليوم', aliases: ['almaghribtoday', 'المغرب اليوم'], hosts: ['almaghribtoday.net'] }),
  outletRecord({ name: 'المغرب الرياضي', aliases: ['moroccosports', 'المغرب الرياضي'], hosts: ['moroccosports.net'] }),
  outletRecord({ name: 'العرب اليوم', aliases: ['arabstoday', 'العرب اليوم'], hosts: ['arabstoday.net'] }),
  outletRecord({ name: 'جو 24', aliases: ['jo24', 'جو24', 'جو 24'], hosts: ['jo24.net'] }),
  outletRecord({ name: 'البيان', aliases: ['albayan', 'البيان'], hosts: ['albayan.ae'] }),
  outletRecord({ name: 'الحياة', aliases: ['alhayat', 'الحياة'], hosts: ['alhayat.com'] }),
  outletRecord({ name: 'العربي الجديد', aliases: ['alaraby', 'العربي الجديد'], hosts: ['alaraby.co.uk'] }),
  outletRecord({ name: 'الشرق الأوسط', aliases: ['aawsat', 'الشرق الأوسط', 'الشرق الاوسط'], hosts: ['aawsat.com'] }),
  outletRecord({ name: 'الجزيرة نت', aliases: ['aljazeera', 'الجزيرة نت', 'الجزيرة'], hosts: ['aljazeera.net'] }),
  outletRecord({ name: 'العربية', aliases: ['alarabiya', 'العربية نت'], hosts: ['alarabiya.net'] }),
  outletRecord({ name: 'سكاي نيوز عربية', aliases: ['sky news arabia', 'سكاي نيوز عربية'], hosts: ['skynewsarabia.com'] }),
  outletRecord({ name: 'بي بي سي عربي', aliases: ['bbc arabic', 'بي بي سي عربي', 'bbc عربي'], hosts: ['bbc.com/arabic'] }),
  outletRecord({ name: 'فرانس 24', aliases: ['france 24', 'فرانس 24'], hosts: ['france24.com'] }),
  outletRecord({ name: 'روسيا اليوم', aliases: ['rt arabic', 'روسيا اليوم', 'آر تي'], hosts: ['arabic.rt.com'] }),
  outletRecord({ name: 'القدس العربي', aliases: ['alquds', 'القدس العربي'], hosts: ['alquds.co.uk'] }),
  outletRecord({ name: 'اليوم السابع', aliases: ['youm7', 'اليوم السابع'], hosts: ['youm7.com'] }),
  outletRecord({ name: 'المصري اليوم', aliases: ['almasryalyoum', 'المصري اليوم'], hosts: ['almasryalyoum.com'] }),
  outletRecord({ name: 'الأهرام', aliases: ['ahram', 'بوابة الأهرام', 'الأهرام'], hosts: ['ahram.org.eg'] }),
  outletRecord({ name: 'الشروق', aliases: ['shorouk', 'الشروق'], hosts: ['shorouknews.com'] }),
  outletRecord({ name: 'هسبريس', aliases: ['hespress', 'هسبريس'], hosts: ['hespress.com'] }),
  outletRecord({ name: 'النهار', aliases: ['annahar', 'النهار'], hosts: ['annahar.com'] }),
  outletRecord({ name: 'الخليج', aliases: ['alkhaleej', 'الخليج'], hosts: ['alkhaleej.ae'] }),
  outletRecord({ name: 'الغد', aliases: ['alghad', 'الغد'], hosts: ['alghad.com'] }),
  outletRecord({ name: 'عنب بلدي', aliases: ['enab baladi', 'عنب بلدي'], hosts: ['enabbaladi.net'] }),
  outletRecord({ name: 'الأناضول', aliases: ['anadolu agency', 'وكالة الأناضول'], hosts: ['aa.com.tr'] }),
];
