//! Indicators keep their identity (SPEC §5.0): every write path updates matched indicators in
//! place, so their ids survive; new ones get fresh ids, never reused; ids of another sheet and
//! ids sent on create are ignored; diffs do not show ids.

use serde_json::{json, Value};

use crate::common::*;

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The (id, name) of each indicator of a sheet, in order.
fn ids_and_names(sheet: &Value) -> Vec<(i64, String)> {
    sheet["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["id"].as_i64().expect("every indicator has an id"),
                i["name"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn ids(sheet: &Value) -> Vec<i64> {
    ids_and_names(sheet).into_iter().map(|(id, _)| id).collect()
}

/// The ids of every indicator of every stored sheet, by region.
async fn all_ids(app: &TestApp) -> Vec<(String, Vec<i64>)> {
    let list = app.get("/api/v1/sheets?page_size=500").await.json();
    let mut out: Vec<(String, Vec<i64>)> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["region_code"].as_str().unwrap().to_string(), ids(s)))
        .collect();
    out.sort();
    out
}

fn max_id(all: &[(String, Vec<i64>)]) -> i64 {
    all.iter().flat_map(|(_, ids)| ids).copied().max().unwrap()
}

fn forms_text() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/2024-cross-border-ecommerce-forms.txt"
    ))
    .unwrap()
}

fn counts(summary: &Value) -> (u64, u64, u64, u64) {
    (
        summary["created"].as_u64().unwrap(),
        summary["updated"].as_u64().unwrap(),
        summary["unchanged"].as_u64().unwrap(),
        summary["failed"].as_u64().unwrap(),
    )
}

db_tests! {
    async fn put_keeps_matched_indicators_and_ignores_foreign_ids(app: TestApp) {
        let (_, sheets) = app.load_example().await;
        let zz = format!("/api/v1/sheets/{}", sheets[0]);
        let stored = app.get(&zz).await.json();
        let before = ids_and_names(&stored);
        assert_eq!(before.len(), 10);
        let other = app.get(&format!("/api/v1/sheets/{}", sheets[1])).await.json();
        let foreign = ids(&other);
        let highest = max_id(&all_ids(&app).await);

        // Reordered (reversed), the first renamed with its id, the second sent without an id
        // (matched by name), the third removed, one with another sheet's id and a new name (a
        // new indicator), one with another sheet's id and this sheet's name of the fourth
        // (matched by name).
        let mut doc = stored.clone();
        let mut list: Vec<Value> = stored["indicators"].as_array().unwrap().clone();
        list[0]["name"] = json!("跨境电商相关培训人次（含线上）");
        list[1].as_object_mut().unwrap().remove("id");
        list[3]["id"] = json!(foreign[3]);
        list.remove(2);
        let mut fresh = list[4].clone();
        fresh["id"] = json!(foreign[0]);
        fresh["name"] = json!("新增跨境电商企业数");
        list.reverse();
        list.push(fresh);
        doc["indicators"] = json!(list);
        let res = app.put(&zz, &doc, Some(&stored.etag_of())).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let saved = res.json();
        assert_eq!(saved["version"], 2);
        let after = ids_and_names(&saved);
        let mut expected: Vec<(i64, String)> = before.clone();
        expected[0].1 = "跨境电商相关培训人次（含线上）".into();
        expected.remove(2);
        expected.reverse();
        assert_eq!(&after[..9], &expected[..], "kept ids, the order as sent");
        assert!(after[9].0 > highest, "a new indicator gets a new id: {after:?}");
        assert_eq!(after[9].1, "新增跨境电商企业数");
        assert!(!after.iter().any(|(id, _)| *id == before[2].0), "the one not sent is gone");
        assert_eq!(ids(&app.get(&zz).await.json()), ids(&saved), "GET shows what PUT answered");
        assert_eq!(ids(&app.get(&format!("/api/v1/sheets/{}", sheets[1])).await.json()), foreign, "the other sheet is untouched");

        // What GET returns, PUT back: unchanged, same version, same ids.
        let again = app.put(&zz, &saved, None).await;
        assert_eq!(again.status, 200);
        assert_eq!((again.json()["version"].as_i64(), ids(&again.json())), (Some(2), ids(&saved)));

        // The diff shows what changed, position by position, and never an id.
        let d = app.get(&format!("{zz}/diff?from=1&to=2")).await.json();
        let changes = d["changes"].as_array().unwrap();
        assert!(!changes.is_empty());
        assert!(changes.iter().all(|c| !c["path"].as_str().unwrap().ends_with("/id")), "{d}");
        assert!(changes.iter().all(|c| c.get("from").is_none_or(|v| v.get("id").is_none())), "{d}");
        // Revisions keep the ids.
        let r2 = app.get(&format!("{zz}/revisions/2")).await.json();
        assert_eq!(ids(&r2["snapshot"]), ids(&saved));
        let r1 = app.get(&format!("{zz}/revisions/1")).await.json();
        assert_eq!(ids(&r1["snapshot"]), before.iter().map(|b| b.0).collect::<Vec<_>>());

        // Swapping two names while keeping the ids renames both (a change, new version).
        let mut swap = saved.clone();
        let a = swap["indicators"][0]["name"].clone();
        swap["indicators"][0]["name"] = swap["indicators"][1]["name"].clone();
        swap["indicators"][1]["name"] = a;
        let swapped = app.put(&zz, &swap, None).await.json();
        assert_eq!(swapped["version"], 3);
        assert_eq!(ids(&swapped), ids(&saved));
    }

    async fn ids_are_never_reused_and_ignored_on_create(app: TestApp) {
        let (fund_id, sheets) = app.load_example().await;
        let zz = format!("/api/v1/sheets/{}", sheets[0]);
        let stored = app.get(&zz).await.json();
        let highest = max_id(&all_ids(&app).await);
        // The sheet with the highest ids (the last created) loses its last indicator ...
        let last = format!("/api/v1/sheets/{}", sheets[12]);
        let mut doc = app.get(&last).await.json();
        let removed = doc["indicators"].as_array_mut().unwrap().pop().unwrap();
        assert_eq!(removed["id"].as_i64(), Some(highest));
        assert_eq!(app.put(&last, &doc, None).await.status, 200);
        // ... and gets it back: a new id, above every id ever handed out.
        doc["indicators"].as_array_mut().unwrap().push(removed.clone());
        let back = app.put(&last, &doc, None).await.json();
        assert_eq!(back["indicators"][10]["name"], removed["name"]);
        assert!(back["indicators"][10]["id"].as_i64().unwrap() > highest, "{back}");

        // Creating ignores ids: a sheet copied from another gets its own.
        assert_eq!(app.delete(&zz, None).await.status, 204);
        let mut copy = stored.clone();
        copy["fund_id"] = json!(fund_id);
        let created = app.post("/api/v1/sheets", &copy).await;
        assert_eq!(created.status, 201, "{}", String::from_utf8_lossy(&created.body));
        let new_ids = ids(&created.json());
        assert!(new_ids.iter().all(|id| *id > highest + 1), "{new_ids:?}");
        assert!(new_ids.windows(2).all(|w| w[0] < w[1]));

        // Validating a replacement names the indicator each would update.
        let mut doc = created.json();
        doc["indicators"][0]["name"] = json!("另一个名称");
        doc["indicators"][0].as_object_mut().unwrap().remove("id");
        let v = app
            .post(&format!("/api/v1/sheets/validate?sheet_id={}", created.json()["id"]), &doc)
            .await;
        assert_eq!(v.status, 200, "{}", String::from_utf8_lossy(&v.body));
        let v = v.json();
        assert_eq!(v["sheet"]["indicators"][0]["id"], Value::Null, "{v}");
        assert_eq!(v["sheet"]["indicators"][1]["id"].as_i64(), Some(new_ids[1]));
        // An id that is not a number is a shape error, and nothing changes.
        let before = app.snapshot().await;
        let mut bad = created.json();
        bad["indicators"][0]["id"] = json!("one");
        let path = format!("/api/v1/sheets/{}", created.json()["id"]);
        let p = app.put(&path, &bad, None).await.problem(400, "INVALID_BODY");
        assert_eq!(p["errors"][0]["path"], "/indicators/0/id", "{p}");
        assert_eq!(app.snapshot().await, before);
    }

    async fn patch_keeps_ids(app: TestApp) {
        let (_, sheets) = app.load_example().await;
        let zz = format!("/api/v1/sheets/{}", sheets[0]);
        let stored = app.get(&zz).await.json();
        let before = ids(&stored);
        // A patch of another field leaves the indicators as they are.
        let res = app.patch(&zz, &json!({"matching_funds": "120"}), None).await.json();
        assert_eq!(ids(&res), before);
        // A patch replacing the list without ids: matched by name, reordered as sent.
        let mut list: Vec<Value> = as_sent(&stored["indicators"]).as_array().unwrap().clone();
        list.swap(0, 1);
        list[5]["target"] = json!("≥95%");
        let res = app.patch(&zz, &json!({"indicators": list}), None).await.json();
        let mut expected = before.clone();
        expected.swap(0, 1);
        assert_eq!(ids(&res), expected);
        assert_eq!(res["indicators"][5]["target"], "≥95%");
        // Renamed without its id: removed and added anew.
        let mut list = res["indicators"].as_array().unwrap().clone();
        list[9].as_object_mut().unwrap().remove("id");
        list[9]["name"] = json!("企业满意度");
        let renamed = app.patch(&zz, &json!({"indicators": list}), None).await.json();
        assert_eq!(&ids(&renamed)[..9], &expected[..9]);
        assert!(ids(&renamed)[9] > *before.iter().max().unwrap());
    }

    async fn bulk_uploads_and_forms_keep_ids(app: TestApp) {
        create_fund(&app).await;
        // The forms as text: thirteen new sheets.
        let res = app.upload("", "text/plain; charset=utf-8", forms_text().into_bytes()).await;
        assert_eq!(counts(&res.json()), (13, 0, 0, 0), "{}", String::from_utf8_lossy(&res.body));
        let first = all_ids(&app).await;
        let highest = max_id(&first);
        // The same forms with one target changed and one indicator renamed: ids kept but for
        // the renamed one, which is new (files match by name).
        let edited = forms_text()
            .replacen("跨境电商相关培训人次数", "跨境电商相关培训人数", 1)
            .replacen("1000", "1200", 1);
        assert_ne!(edited, forms_text());
        let res = app.upload("", "text/plain; charset=utf-8", edited.clone().into_bytes()).await;
        assert_eq!(counts(&res.json()), (0, 1, 12, 0), "{}", String::from_utf8_lossy(&res.body));
        let second = all_ids(&app).await;
        assert_eq!(&second[1..], &first[1..], "the other sheets are untouched");
        let zz = app.get("/api/v1/sheets?region_code=430200").await.json()["items"][0].clone();
        assert_eq!(zz["indicators"][0]["name"], "跨境电商相关培训人数");
        assert!(zz["indicators"][0]["id"].as_i64().unwrap() > highest);
        assert_eq!(&second[0].1[1..], &first[0].1[1..], "{zz}");
        assert!(zz["indicators"].as_array().unwrap().iter().any(|i| i["target"] == "1200"));

        // The same as a Word document: unchanged, ids the same.
        let grids = perf_targets::exchange::grid_text::grids_from_text(&edited);
        let docx = perf_targets::exchange::docx::docx_from_grids(&grids);
        let res = app.upload("", DOCX, docx).await;
        assert_eq!(counts(&res.json()), (0, 0, 13, 0));
        // Back to the original through a .docx: the renamed one becomes new again.
        let grids = perf_targets::exchange::grid_text::grids_from_text(&forms_text());
        let docx = perf_targets::exchange::docx::docx_from_grids(&grids);
        let res = app.upload("", DOCX, docx).await;
        assert_eq!(counts(&res.json()), (0, 1, 12, 0));
        let third = all_ids(&app).await;
        assert_eq!(&third[0].1[1..], &first[0].1[1..]);
        assert!(third[0].1[0] > second[0].1[0]);

        // JSON bulk: a sheet as GET returns it, reordered, with a renamed indicator keeping its
        // id; another sheet with ids of the first (ignored: matched by name).
        let list = app.get("/api/v1/sheets?page_size=500").await.json();
        let mut a = list["items"][0].clone();
        let mut b = list["items"][1].clone();
        let a_ids = ids(&a);
        let b_ids = ids(&b);
        a["indicators"].as_array_mut().unwrap().reverse();
        a["indicators"][0]["name"] = json!("改名的指标");
        for (k, ind) in b["indicators"].as_array_mut().unwrap().iter_mut().enumerate() {
            ind["id"] = json!(a_ids[k % a_ids.len()]);
        }
        b["overall_goal"] = json!("改过的目标");
        let res = app.json(actix_web::http::Method::POST, "/api/v1/sheets/bulk", &json!([a, b]), None).await;
        assert_eq!(counts(&res.json()), (0, 2, 0, 0), "{}", String::from_utf8_lossy(&res.body));
        let list = app.get("/api/v1/sheets?page_size=500").await.json();
        let mut reversed = a_ids.clone();
        reversed.reverse();
        assert_eq!(ids(&list["items"][0]), reversed);
        assert_eq!(list["items"][0]["indicators"][0]["name"], "改名的指标");
        assert_eq!(ids(&list["items"][1]), b_ids);
        // The revision of the upload records the ids as stored.
        let sheet_id = list["items"][0]["id"].as_i64().unwrap();
        let revs = app.get(&format!("/api/v1/sheets/{sheet_id}/revisions")).await.json();
        let last = revs["items"].as_array().unwrap().last().unwrap()["version"].as_i64().unwrap();
        let r = app.get(&format!("/api/v1/sheets/{sheet_id}/revisions/{last}")).await.json();
        assert_eq!(ids(&r["snapshot"]), reversed);
    }
}

async fn create_fund(app: &TestApp) {
    let res = app.post("/api/v1/funds", &example()["fund"]).await;
    assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
}

trait Etag {
    fn etag_of(&self) -> String;
}

impl Etag for Value {
    fn etag_of(&self) -> String {
        format!("\"{}\"", self["version"])
    }
}
