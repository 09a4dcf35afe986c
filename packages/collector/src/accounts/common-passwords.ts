/**
 * The commonest passwords in leaked Chinese and international lists, refused whatever their
 * length (most are shorter than the minimum already; the list catches the long ones and makes the
 * refusal say why). Compared in lower case.
 */
const LIST = `
123456 123456789 12345678 1234567890 12345 1234567 123123 111111 000000 666666 888888 88888888
11111111 00000000 66666666 12341234 1234512345 123456789a a123456789 a123456 a12345678 abc123456
123456a 123456abc 123456qq qq123456 qq1234567 qq12345678 woaini woaini1314 woaini520 woaini123
5201314 520520 1314520 5211314 521521 13145200 52013141314 iloveyou iloveyou1 iloveyou520
password password1 password12 password123 passw0rd p@ssw0rd p@ssword password1234 password01
qwerty qwerty123 qwertyuiop qwerty1234 qwertyui qwe123 qweqwe 1qaz2wsx 1qaz2wsx3edc zaq12wsx
1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y q1w2e3r4 q1w2e3r4t5 asdfghjkl asdf1234 asd123 asdasd asdasdasd
zxcvbnm zxcvbnm123 zxcvbn abcdef abcdefg abcdefgh abcd1234 abcd123456 abc123 abcabc aaaaaa
a1b2c3 a1b2c3d4 aa123456 aa12345678 aaa111 aaaaaaaa aaaaaaaaaa 1111111111 0000000000 2222222222
123321 1234321 12344321 123454321 1234554321 654321 87654321 987654321 9876543210 0987654321
112233 11223344 1122334455 121212 12121212 131313 147258 147258369 159357 159753 159753456
123654 123789 123987 147852 147852369 258369 321321 456456 456789 741852 741852963 789456
789456123 789789 963852741 987654 999999 99999999 777777 77777777 555555 55555555 444444 333333
222222 1111111 7777777 8888888 9999999 6666666 10101010 1234abcd 1234qwer qwer1234 qwerasdf
admin admin123 admin1234 admin12345 admin888 administrator root root123 toor test test123
test1234 testtest guest guest123 user user123 manager manager123 system system123 welcome
welcome1 welcome123 letmein letmein123 login login123 changeme changeme123 secret secret123
master master123 default default123 super superman superadmin sunshine princess football
baseball dragon monkey shadow michael jennifer jordan23 trustno1 whatever freedom starwars
hello hello123 hello1234 helloworld hellokitty nihao nihao123 nihao1234 zhangwei wangwei
liwei zhangjie wangjing lijing liuyang zhangmin wangfang chenjing zhangli huangwei
wang123456 zhang123456 li123456 liu123456 chen123456 yang123456 zhao123456 huang123456
baobao baobei baobei520 baobei1314 xiaoming xiaohong laopo520 laogong520 wobuzhidao
woaiwojia woaimama woaibaba aini1314 aini520 wuai1314 w123456 wang1234 z123456 zxc123
zxc123456 zxcvbnm1 zz123456 ww123456 ll123456 hh123456 xx123456 yy123456 cc123456 qq111111
qq666666 qq888888 qwe123456 qweasd qweasdzxc qweasd123 qazwsx qazwsxedc qazwsx123 1qazxsw2
asdfgh asdfghjk asdf asdfasdf q123456 q123456789 s123456 x123456 l123456 m123456 k123456
123456qwe 123456asd 123456zxc 123qwe 123qweasd 123qweasdzxc 123abc 123aaa 123456aa 123456789q
1234567a 12345678a 12345qwert 12345abc 123456789z 0123456789 01234567 012345 000000000
111222 111222333 112358 123123123 123123a 123123qwe 123321123 131420 1314521 1314woaini
19491001 19491949 19880808 19900101 20080808 20082008 20102010 20122012 20202020 19841984
nicai nicaicai shouji shanghai beijing shenzhen guangzhou zhongguo china china123 china1234
chinese taiwan hongkong huawei xiaomi tencent alibaba baidu weixin wechat wechat123 qqqqqq
qqqqqqqq wwwwww computer internet abc12345 abcd12345 password! passw0rd! 1q2w3e 1q2w3e4r!
zhimakaimen kaixin kaixin123 xingfu xingfu123 pingan pingan123 fuckyou killer hacker
dragon123 monkey123 shadow123 jordan michael1 ashley bailey charlie donald loveme lovely
love123 love1314 love520 lover ilovechina ilove520 iloveu 5201314520 52013145201314
woaini5201314 ai123456 5201314a 1314521a abc5201314 qwerty520 asd5201314 wanmei kuaile
kuaile123 tiantian xiaoxiao yangyang lili123 dandan feifei huanhuan lele123 meimei
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter((w) => w !== ''));
