-- Administrative divisions (GB/T 2260). The 14 prefecture-level divisions of Hunan are built in.
CREATE TABLE regions (
    code       TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 6),
    name       TEXT NOT NULL UNIQUE,
    short_name TEXT NOT NULL
);

INSERT INTO regions (code, name, short_name) VALUES
    ('430100', '长沙市', '长沙市'),
    ('430200', '株洲市', '株洲市'),
    ('430300', '湘潭市', '湘潭市'),
    ('430400', '衡阳市', '衡阳市'),
    ('430500', '邵阳市', '邵阳市'),
    ('430600', '岳阳市', '岳阳市'),
    ('430700', '常德市', '常德市'),
    ('430800', '张家界市', '张家界市'),
    ('430900', '益阳市', '益阳市'),
    ('431000', '郴州市', '郴州市'),
    ('431100', '永州市', '永州市'),
    ('431200', '怀化市', '怀化市'),
    ('431300', '娄底市', '娄底市'),
    ('433100', '湘西土家族苗族自治州', '湘西州');
