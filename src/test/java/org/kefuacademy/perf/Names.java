package org.kefuacademy.perf;

import java.util.Random;

/** Plausible Chinese names (common surnames, two-character given names), drawn from the generator's random. */
final class Names {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力婷雪琳晶欣宇浩然子涵思佳梓轩雨嘉悦心怡晨阳博文一诺欣妍俊杰志远海燕丹凤春梅晓东";
    private final Random random;

    Names(Random random) {
        this.random = random;
    }

    String next() {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextDouble() < 0.7) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }
}
