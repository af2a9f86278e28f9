# Install rules and the Debian package. `cmake --install` puts the program, the guides, the
# desktop entry, the icon (SVG and PNG sizes made from it), the AppStream metainfo, the manual
# page and the Debian documentation files in place; `cpack` (scripts/package) makes the .deb.
include(GNUInstallDirs)

set(FCTE_APP_ID mx.facilitadorcte.FacilitadorCTE)
set(FCTE_LINUX_FILES ${PROJECT_SOURCE_DIR}/resources/linux)
set(FCTE_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/facilitador-cte)

# On Windows the DLLs the program loads that are not Qt's (SQLite, QuaZip, libqrencode,
# libmicrohttpd, zlib, from vcpkg) go beside it too (the set is installed below).
set(FCTE_RUNTIME_SET)
if(WIN32)
    set(FCTE_RUNTIME_SET RUNTIME_DEPENDENCY_SET fcte_runtime_dlls)
endif()
install(TARGETS facilitador-cte ${FCTE_RUNTIME_SET}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        BUNDLE DESTINATION .)
# Windows and macOS: Qt's libraries and plugins beside the program (windeployqt/macdeployqt
# through Qt's deploy script). Qt 6.4 has no such deployment for Linux, where the package's
# dependencies bring Qt instead. Not run here (see docs/packaging.md).
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET facilitador-cte
        FILENAME_VARIABLE FCTE_DEPLOY_SCRIPT
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${FCTE_DEPLOY_SCRIPT})
endif()
if(WIN32)
    # The non-Qt DLLs and the compiler's runtime, beside the program.
    install(RUNTIME_DEPENDENCY_SET fcte_runtime_dlls
            PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "Qt6.*"
            POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll"
            DIRECTORIES $<TARGET_FILE_DIR:facilitador-cte>
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()
# The shipped guides as files too, to copy and adapt for the next session.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/guides/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/facilitador-cte/guias
        FILES_MATCHING PATTERN "*.json")

if(UNIX AND NOT APPLE)
    install(FILES ${FCTE_LINUX_FILES}/${FCTE_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${FCTE_LINUX_FILES}/${FCTE_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    # Guide files (*.guia.json) open with the app: their MIME type, named in the desktop entry.
    install(FILES ${FCTE_LINUX_FILES}/${FCTE_APP_ID}.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
    set(FCTE_ICON_SVG ${FCTE_LINUX_FILES}/${FCTE_APP_ID}.svg)
    install(FILES ${FCTE_ICON_SVG}
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

    # PNG sizes for desktops that do not draw SVG icons, made from the one SVG at build time.
    find_program(RSVG_CONVERT_EXE rsvg-convert REQUIRED)
    set(FCTE_GENERATED ${CMAKE_BINARY_DIR}/linux)
    set(FCTE_ICON_PNGS)
    foreach(size 16 24 32 48 64 128 256)
        set(png ${FCTE_GENERATED}/icons/${size}x${size}/${FCTE_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${FCTE_GENERATED}/icons/${size}x${size}
            COMMAND ${RSVG_CONVERT_EXE} -w ${size} -h ${size} -o ${png} ${FCTE_ICON_SVG}
            DEPENDS ${FCTE_ICON_SVG} VERBATIM)
        list(APPEND FCTE_ICON_PNGS ${png})
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()

    # Debian wants the manual page and the changelog (changelog.gz: a native package) compressed, without a timestamp inside
    # (gzip -n), so the same sources give the same package.
    find_program(GZIP_EXE gzip REQUIRED)
    set(FCTE_MAN_GZ ${FCTE_GENERATED}/facilitador-cte.1.gz)
    set(FCTE_CHANGELOG_GZ ${FCTE_GENERATED}/changelog.gz)
    add_custom_command(OUTPUT ${FCTE_MAN_GZ}
        COMMAND ${GZIP_EXE} -9n -c ${FCTE_LINUX_FILES}/facilitador-cte.1 > ${FCTE_MAN_GZ}
        DEPENDS ${FCTE_LINUX_FILES}/facilitador-cte.1)
    add_custom_command(OUTPUT ${FCTE_CHANGELOG_GZ}
        COMMAND ${GZIP_EXE} -9n -c ${FCTE_LINUX_FILES}/changelog > ${FCTE_CHANGELOG_GZ}
        DEPENDS ${FCTE_LINUX_FILES}/changelog)
    add_custom_target(fcte_linux_files ALL
        DEPENDS ${FCTE_ICON_PNGS} ${FCTE_MAN_GZ} ${FCTE_CHANGELOG_GZ})
    install(FILES ${FCTE_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${FCTE_LINUX_FILES}/copyright ${FCTE_CHANGELOG_GZ} DESTINATION ${FCTE_DOC_DIR})
    # The manual the program shows with F1, also as files: the man page points to it.
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/manual/ DESTINATION ${FCTE_DOC_DIR}/manual)
endif()

set(CPACK_PACKAGE_NAME facilitador-cte)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Facilitador CTE")
set(CPACK_PACKAGE_CONTACT "Facilitador CTE <desarrollo@facilitadorcte.mx>")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    # The Windows installer (NSIS): a Start menu entry, an uninstaller, and *.guia.json files
    # opening with the program. Written from CMake's and NSIS's documentation; not run here.
    set(CPACK_GENERATOR NSIS)
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "Facilitador CTE")
    set(CPACK_PACKAGE_EXECUTABLES facilitador-cte "Facilitador CTE")
    # The GPL itself on the licence page.
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
    set(CPACK_NSIS_DISPLAY_NAME "Facilitador CTE")
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/windows/facilitador-cte.ico)
    set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/windows/facilitador-cte.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\facilitador-cte.exe)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # Windows associates by the last extension: a guide "x.guia.json" is a ".json" to it, so the
    # program offers itself for .json ("Abrir con"), not as the default for every JSON file. The
    # phones' port gets its firewall rule (private networks only), taken out on uninstall.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
        WriteRegStr HKCR ".json\OpenWithProgids" "FacilitadorCTE.Guia" ""
        WriteRegStr HKCR "Applications\facilitador-cte.exe\SupportedTypes" ".json" ""
        nsExec::Exec 'netsh advfirewall firewall add rule name="Facilitador CTE (teléfonos)" dir=in action=allow program="$INSTDIR\bin\facilitador-cte.exe" profile=private'
        WriteRegStr HKCR ".guia.json" "" "FacilitadorCTE.Guia"
        WriteRegStr HKCR "FacilitadorCTE.Guia" "" "Guía de sesión del CTE"
        WriteRegStr HKCR "FacilitadorCTE.Guia\DefaultIcon" "" "$INSTDIR\bin\facilitador-cte.exe,0"
        WriteRegStr HKCR "FacilitadorCTE.Guia\shell\open\command" "" '"$INSTDIR\bin\facilitador-cte.exe" "%1"'
    ]=])
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
        DeleteRegValue HKCR ".json\OpenWithProgids" "FacilitadorCTE.Guia"
        DeleteRegKey HKCR "Applications\facilitador-cte.exe"
        nsExec::Exec 'netsh advfirewall firewall delete rule name="Facilitador CTE (teléfonos)"'
        DeleteRegKey HKCR ".guia.json"
        DeleteRegKey HKCR "FacilitadorCTE.Guia"
    ]=])
    include(CPack)
    return()
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    include(CPack)
    return()
endif()

# The Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/facilitador-cte/facilitador-cte")
# The libraries it links come from dpkg-shlibdeps; what it loads or draws with at run time is
# named here: Qt's platform plugins (the window), DejaVu (the PDF's and the projection's type),
# the Noto faces the PDF falls back on for what DejaVu lacks (scripts, CJK, colour emoji: an
# installed copy prints what a developer's machine prints) and Qt's own translations (Aceptar, Cancelar, the file dialogs: with only a Recommends, an
# install with --no-install-recommends showed "Close" on the Spanish start screen).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, qt6-translations-l10n, fonts-dejavu-core, fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji")
# The synopsis (Debian's first line, in English, as Debian's descriptions are), then the long
# description; CPack indents each line of it by one space itself.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "conduct School Technical Council (CTE) sessions and keep their logbook")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Facilitador CTE walks a Mexican school director through a session of the
Consejo Tecnico Escolar as the SEP guide sets it out: each activity with its
timer, sheets typed from the keyboard for norms, answers, commitments and
agreements, a clean view for the projector, teachers adding their own words
from their phones over the school's local network, and a local logbook
(SQLite) exported to PDF, JSON and CSV. Its interface is in Spanish, with a
complete English translation chosen from its Help menu.")
include(CPack)
