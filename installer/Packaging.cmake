# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in the build folder makes segmenta_<version>_<arch>.deb with both executables, the sample
# project, a .desktop entry, an icon and AppStream metainfo.
set(CPACK_PACKAGE_NAME "segmenta")
set(CPACK_PACKAGE_VENDOR "Segmenta developers")
set(CPACK_PACKAGE_CONTACT "Segmenta developers <dev@segmenta.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Customer segmentation for marketers and small businesses")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Shlibdeps misses Qt's platform plugins, which are loaded at run time; libxlsxwriter (Excel export) is named
# too, so the package says what it needs even where shlibdeps is off.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libxlsxwriter4")
set(CPACK_GENERATOR "DEB")
include(CPack)
