"""The OpenAPI 3.1 description of the JSON API (served at /api/openapi.json)."""

from __future__ import annotations

LABEL = {"type": "string", "enum": ["marketing", "sales", "other", "unclassified"]}
ERROR = {"description": "What is wrong: bad input, no valid token, or no such week",
         "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
WEEK_ID = {"name": "audit_id", "in": "path", "required": True, "schema": {"type": "integer"}}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def document() -> dict:
    """The OpenAPI document."""
    ref = "#/components/schemas/"
    return {
        "openapi": "3.1.0",
        "info": {"title": "Hatcheck API", "version": "1.0.0",
                 "description": "Tag activities as marketing, sales or other, read an "
                                "account's weekly audits and add to them. Every call but this "
                                "document needs `Authorization: Bearer <token>`, with a personal "
                                "token made in Settings; without one the answer is 401."},
        "security": [{"token": []}],
        "paths": {
            "/api/classify": {"post": {
                "summary": "Tag up to 1,000 activity texts",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["activities"],
                    "properties": {"activities": {"type": "array", "maxItems": 1000,
                                                  "items": {"type": "string",
                                                            "maxLength": 500}}}}}}},
                "responses": {"200": _json({"type": "object", "properties": {"results": {
                    "type": "array", "items": {"$ref": ref + "Result"}}}}, "One result per text"),
                    "400": ERROR, "401": ERROR, "413": ERROR}}},
            "/api/weeks": {"get": {
                "summary": "Every audited week, newest first",
                "responses": {"200": _json({"type": "object", "properties": {"weeks": {
                    "type": "array", "items": {"$ref": ref + "Week"}}}}, "The weeks"),
                    "401": ERROR}}},
            "/api/weeks/{audit_id}": {"get": {
                "summary": "One week and its activities", "parameters": [WEEK_ID],
                "responses": {"200": _json({"allOf": [{"$ref": ref + "Week"}, {
                    "type": "object", "properties": {"activities": {
                        "type": "array", "items": {"$ref": ref + "Activity"}}}}]}, "The week"),
                    "401": ERROR, "404": ERROR}}},
            "/api/weeks/{audit_id}/report": {"get": {
                "summary": "The week's role-split report", "parameters": [WEEK_ID],
                "responses": {"200": _json({"type": "object"}, "The report"), "401": ERROR,
                              "404": ERROR}}},
            "/api/weeks/{audit_id}/activities": {"post": {
                "summary": "Add an activity", "parameters": [WEEK_ID],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "$ref": ref + "NewActivity"}}}},
                "responses": {"201": _json({"$ref": ref + "Activity"}, "The activity, tagged"),
                              "400": ERROR, "401": ERROR, "404": ERROR}}},
            "/api/openapi.json": {"get": {
                "summary": "This document", "security": [],
                "responses": {"200": _json({"type": "object"}, "The OpenAPI document")}}},
        },
        "components": {
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": {"type": "object", "required": ["status", "message"],
                          "properties": {"status": {"type": "integer"},
                                         "message": {"type": "string"}}},
                "Result": {"type": "object", "required": [
                    "text", "label", "category", "contested", "rules", "matched", "sources",
                    "decided_by", "explanation"], "properties": {
                    "text": {"type": "string"}, "label": LABEL,
                    "category": {"type": ["string", "null"]}, "contested": {"type": "boolean"},
                    "rules": {"type": "array", "items": {"type": "string"}},
                    "matched": {"type": "array", "items": {"type": "string"}},
                    "sources": {"type": "array", "items": {"type": "string"}},
                    "decided_by": {"type": "string"}, "explanation": {"type": "string"}}},
                "Week": {"type": "object", "required": ["id", "start", "end", "total_minutes"],
                         "properties": {
                             "id": {"type": "integer"},
                             "start": {"type": "string", "format": "date"},
                             "end": {"type": "string", "format": "date"},
                             "business": {"type": "string"}, "note": {"type": "string"},
                             "total_minutes": {"type": "integer"},
                             "labels": {"type": "object"}}},
                "Activity": {"type": "object", "required": ["id", "description", "label"],
                             "properties": {
                                 "id": {"type": "integer"}, "description": {"type": "string"},
                                 "minutes": {"type": "integer"},
                                 "day": {"type": "integer", "minimum": 0, "maximum": 6},
                                 "person": {"type": "string"}, "label": LABEL,
                                 "category": {"type": ["string", "null"]},
                                 "rule_label": LABEL,
                                 "rules": {"type": "array", "items": {"type": "string"}},
                                 "decided_by": {"type": "string"},
                                 "contested": {"type": "boolean"},
                                 "override_reason": {"type": ["string", "null"]}}},
                "NewActivity": {"type": "object", "required": ["description", "day"],
                                "properties": {
                                    "description": {"type": "string", "minLength": 1,
                                                    "maxLength": 500},
                                    "duration": {"type": "string", "examples": ["1.5h"]},
                                    "minutes": {"type": "integer", "minimum": 1,
                                                "maximum": 1440},
                                    "day": {"oneOf": [{"type": "integer", "minimum": 0,
                                                       "maximum": 6}, {"type": "string"}]},
                                    "person": {"type": "string", "maxLength": 80}}},
            },
        },
    }
