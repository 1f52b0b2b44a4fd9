"""The windows (Qt): the secretary's recording window, the judge's review, copies and documents,
the station's menus and sign-in, the technician's self-check. ui/ uses app/ and Qt only."""
