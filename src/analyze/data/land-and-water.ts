/**
 * Regions, deserts, mountains, rivers and seas named in Arab and world news, beyond the features
 * `CITIES` and `WORLD_PLACES` list (session 12, general knowledge). A river, lake or mountain range
 * is listed by its bare name: after its cue word (نهر، بحيرة، جبال) the cue stays outside the name,
 * as place-cues.ts reads it (`نهر [المسيسيبي]`). Left out: نجد (also "we find"), الأهوار ("the
 * marshes", most often no name), الأطلس ("atlas") and قنديل ("lamp").
 */
export const LAND_AND_WATER: readonly string[] = [
  // the Arab world and its neighbours
  'الصحراء الكبرى', 'شبه جزيرة سيناء', 'الربع الخالي', 'صحراء النفود', 'الدهناء', 'تهامة', 'الحجاز', 'وادي حضرموت', 'الهلال الخصيب',
  'بلاد الرافدين', 'بلاد ما بين النهرين', 'بادية الشام', 'سهل نينوى', 'زاغروس', 'بلاد فارس',
  // the wider world
  'جزر البليار', 'المسيسيبي', 'الأنديز', 'الأورال', 'البنغال',
];
