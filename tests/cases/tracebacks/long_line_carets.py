data = {"users": [{"name": "ann", "roles": ["admin"]}, {"name": "bob", "roles": []}]}
first_role_of_second_user = data["users"][1]["roles"][0].upper()
