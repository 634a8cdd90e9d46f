//! Reference data: regions and the indicator taxonomy.

db_tests! {
    async fn regions_are_the_fourteen_hunan_prefectures(app: TestApp) {
        let res = app.get("/api/v1/regions").await;
        assert_eq!(res.status, 200);
        let body = res.json();
        let items = body["items"].as_array().unwrap();
        assert_eq!(items.len(), 14);
        let codes: Vec<&str> = items.iter().map(|r| r["code"].as_str().unwrap()).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        assert_eq!(codes, sorted, "ordered by code");
        assert_eq!(items[0], serde_json::json!({"code": "430100", "name": "长沙市", "short_name": "长沙市"}));
        assert_eq!(
            items[13],
            serde_json::json!({"code": "433100", "name": "湘西土家族苗族自治州", "short_name": "湘西州"})
        );
        assert!(items.iter().any(|r| r["code"] == "430200" && r["name"] == "株洲市"));
    }

    async fn taxonomy_lists_both_vocabularies(app: TestApp) {
        let res = app.get("/api/v1/taxonomy").await;
        assert_eq!(res.status, 200);
        let body = res.json();
        let level1: Vec<&str> = body["level1"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["label"].as_str().unwrap())
            .collect();
        assert_eq!(level1, ["产出指标", "成本指标", "效益指标", "满意度指标"]);
        let output: Vec<&str> = body["level1"][0]["level2"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["label"].as_str().unwrap())
            .collect();
        assert_eq!(output, ["数量指标", "质量指标", "时效指标", "成本指标"]);
        assert_eq!(body["level1"][3]["level2"][0]["label"], "服务对象满意度指标");
        assert_eq!(body["level1"][3]["level2"][0]["aliases"][0], "社会公众或服务对象满意度指标");
        assert_eq!(body["level1"][2]["label_en"], "Benefit indicators");
    }
}
