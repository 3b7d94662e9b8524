/** The province the tracker covers: Quảng Nam, GSO code 49. */
export const PROVINCE_CODE = '49';
